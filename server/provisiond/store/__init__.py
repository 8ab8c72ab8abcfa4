"""Storage outside the database: the content-addressed chunks of disk images."""
