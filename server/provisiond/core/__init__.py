"""Domain logic. Nothing here imports generated protobuf code or grpc."""
