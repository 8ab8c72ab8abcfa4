package provisioner.samples.snippets;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The messages of a server stream, read one at a time with {@link #hasNext} and {@link #next},
 * which wait for the next message and throw {@link ApiException} if the stream fails. Generated
 * by scripts/gen-clients.
 *
 * <p>A watch is both the observer of an async stub's call and an interceptor on it, which sees
 * the response headers: the server sends them once the stream's start is fixed, so after
 * {@link #awaitStart} no later change is missed.
 */
public final class Watch<T> implements StreamObserver<T>, ClientInterceptor, Iterator<T> {
  /** A message, or the end of the stream with its status. */
  private record Arrival<T>(T message, Status end) {}

  private final String method;
  private final Function<Status.Code, String> meanings;
  private final CountDownLatch started = new CountDownLatch(1);
  // Unbounded: the stub asks for each next message as soon as one arrives.
  private final BlockingQueue<Arrival<T>> arrivals = new LinkedBlockingQueue<>();
  private Arrival<T> next;

  /** A watch of {@code method}; {@code meanings} gives what each status code means for it. */
  public Watch(String method, Function<Status.Code, String> meanings) {
    this.method = method;
    this.meanings = meanings;
  }

  /**
   * Waits until the response headers arrive, so that the stream has started.
   *
   * @throws ApiException if the call failed first
   */
  public Watch<T> awaitStart() {
    try {
      started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(Status.CANCELLED.withDescription("interrupted").withCause(e));
    }
    Arrival<T> first = arrivals.peek();
    if (first != null && first.end() != null && !first.end().isOk()) {
      throw failure(first.end());
    }
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = arrivals.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(Status.CANCELLED.withDescription("interrupted").withCause(e));
      }
    }
    if (next.end() != null && !next.end().isOk()) {
      throw failure(next.end());
    }
    return next.end() == null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException(method + " has ended");
    }
    T message = next.message();
    next = null;
    return message;
  }

  @Override
  public void onNext(T message) {
    arrivals.add(new Arrival<>(message, null));
  }

  @Override
  public void onError(Throwable error) {
    end(Status.fromThrowable(error));
  }

  @Override
  public void onCompleted() {
    end(Status.OK);
  }

  private void end(Status status) {
    arrivals.add(new Arrival<>(null, status));
    started.countDown(); // a call that fails at once has no headers
  }

  private ApiException failure(Status status) {
    return new ApiException(method, status, meanings.apply(status.getCode()));
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(
      MethodDescriptor<Q, R> descriptor, CallOptions options, Channel channel) {
    return new SimpleForwardingClientCall<>(channel.newCall(descriptor, options)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        super.start(new SimpleForwardingClientCallListener<>(listener) {
          @Override
          public void onHeaders(Metadata responseHeaders) {
            started.countDown();
            super.onHeaders(responseHeaders);
          }
        }, headers);
      }
    };
  }
}
