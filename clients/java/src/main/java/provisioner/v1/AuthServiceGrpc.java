package provisioner.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Sessions for API clients. A client holding an APID, with the user name and
 * password bound to it, exchanges them for a short-lived bearer token and
 * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
 * call. Tokens are bound to the address the session was created from.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AuthServiceGrpc {

  private AuthServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "provisioner.v1.AuthService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CreateSessionRequest,
      provisioner.v1.CreateSessionResponse> getCreateSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSession",
      requestType = provisioner.v1.CreateSessionRequest.class,
      responseType = provisioner.v1.CreateSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CreateSessionRequest,
      provisioner.v1.CreateSessionResponse> getCreateSessionMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CreateSessionRequest, provisioner.v1.CreateSessionResponse> getCreateSessionMethod;
    if ((getCreateSessionMethod = AuthServiceGrpc.getCreateSessionMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getCreateSessionMethod = AuthServiceGrpc.getCreateSessionMethod) == null) {
          AuthServiceGrpc.getCreateSessionMethod = getCreateSessionMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CreateSessionRequest, provisioner.v1.CreateSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("CreateSession"))
              .build();
        }
      }
    }
    return getCreateSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.WhoAmIRequest,
      provisioner.v1.WhoAmIResponse> getWhoAmIMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WhoAmI",
      requestType = provisioner.v1.WhoAmIRequest.class,
      responseType = provisioner.v1.WhoAmIResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.WhoAmIRequest,
      provisioner.v1.WhoAmIResponse> getWhoAmIMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.WhoAmIRequest, provisioner.v1.WhoAmIResponse> getWhoAmIMethod;
    if ((getWhoAmIMethod = AuthServiceGrpc.getWhoAmIMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getWhoAmIMethod = AuthServiceGrpc.getWhoAmIMethod) == null) {
          AuthServiceGrpc.getWhoAmIMethod = getWhoAmIMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.WhoAmIRequest, provisioner.v1.WhoAmIResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WhoAmI"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WhoAmIRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WhoAmIResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("WhoAmI"))
              .build();
        }
      }
    }
    return getWhoAmIMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.RevokeSessionRequest,
      provisioner.v1.RevokeSessionResponse> getRevokeSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeSession",
      requestType = provisioner.v1.RevokeSessionRequest.class,
      responseType = provisioner.v1.RevokeSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.RevokeSessionRequest,
      provisioner.v1.RevokeSessionResponse> getRevokeSessionMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.RevokeSessionRequest, provisioner.v1.RevokeSessionResponse> getRevokeSessionMethod;
    if ((getRevokeSessionMethod = AuthServiceGrpc.getRevokeSessionMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRevokeSessionMethod = AuthServiceGrpc.getRevokeSessionMethod) == null) {
          AuthServiceGrpc.getRevokeSessionMethod = getRevokeSessionMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.RevokeSessionRequest, provisioner.v1.RevokeSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.RevokeSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.RevokeSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RevokeSession"))
              .build();
        }
      }
    }
    return getRevokeSessionMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuthServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub>() {
        @java.lang.Override
        public AuthServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceStub(channel, callOptions);
        }
      };
    return AuthServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AuthServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingV2Stub>() {
        @java.lang.Override
        public AuthServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AuthServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuthServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub>() {
        @java.lang.Override
        public AuthServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingStub(channel, callOptions);
        }
      };
    return AuthServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuthServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub>() {
        @java.lang.Override
        public AuthServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceFutureStub(channel, callOptions);
        }
      };
    return AuthServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Exchanges an APID, its user name and its password for a session token.
     * </pre>
     */
    default void createSession(provisioner.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Describes the session of the presented token and its APID.
     * </pre>
     */
    default void whoAmI(provisioner.v1.WhoAmIRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WhoAmIResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWhoAmIMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes the presented token at once. A call with a token that is already
     * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
     * that the token is gone.
     * </pre>
     */
    default void revokeSession(provisioner.v1.RevokeSessionRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.RevokeSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeSessionMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AuthService.
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public static abstract class AuthServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AuthServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AuthService.
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public static final class AuthServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AuthServiceStub> {
    private AuthServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an APID, its user name and its password for a session token.
     * </pre>
     */
    public void createSession(provisioner.v1.CreateSessionRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Describes the session of the presented token and its APID.
     * </pre>
     */
    public void whoAmI(provisioner.v1.WhoAmIRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WhoAmIResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWhoAmIMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes the presented token at once. A call with a token that is already
     * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
     * that the token is gone.
     * </pre>
     */
    public void revokeSession(provisioner.v1.RevokeSessionRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.RevokeSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeSessionMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AuthService.
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public static final class AuthServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingV2Stub> {
    private AuthServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an APID, its user name and its password for a session token.
     * </pre>
     */
    public provisioner.v1.CreateSessionResponse createSession(provisioner.v1.CreateSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Describes the session of the presented token and its APID.
     * </pre>
     */
    public provisioner.v1.WhoAmIResponse whoAmI(provisioner.v1.WhoAmIRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWhoAmIMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes the presented token at once. A call with a token that is already
     * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
     * that the token is gone.
     * </pre>
     */
    public provisioner.v1.RevokeSessionResponse revokeSession(provisioner.v1.RevokeSessionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AuthService.
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public static final class AuthServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingStub> {
    private AuthServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an APID, its user name and its password for a session token.
     * </pre>
     */
    public provisioner.v1.CreateSessionResponse createSession(provisioner.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Describes the session of the presented token and its APID.
     * </pre>
     */
    public provisioner.v1.WhoAmIResponse whoAmI(provisioner.v1.WhoAmIRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWhoAmIMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes the presented token at once. A call with a token that is already
     * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
     * that the token is gone.
     * </pre>
     */
    public provisioner.v1.RevokeSessionResponse revokeSession(provisioner.v1.RevokeSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeSessionMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AuthService.
   * <pre>
   * Sessions for API clients. A client holding an APID, with the user name and
   * password bound to it, exchanges them for a short-lived bearer token and
   * sends that token as `authorization: Bearer &lt;token&gt;` metadata on every other
   * call. Tokens are bound to the address the session was created from.
   * </pre>
   */
  public static final class AuthServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AuthServiceFutureStub> {
    private AuthServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Exchanges an APID, its user name and its password for a session token.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CreateSessionResponse> createSession(
        provisioner.v1.CreateSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Describes the session of the presented token and its APID.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.WhoAmIResponse> whoAmI(
        provisioner.v1.WhoAmIRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWhoAmIMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes the presented token at once. A call with a token that is already
     * revoked gets UNAUTHENTICATED, so a retry after a lost response learns
     * that the token is gone.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.RevokeSessionResponse> revokeSession(
        provisioner.v1.RevokeSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeSessionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SESSION = 0;
  private static final int METHODID_WHO_AM_I = 1;
  private static final int METHODID_REVOKE_SESSION = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_SESSION:
          serviceImpl.createSession((provisioner.v1.CreateSessionRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CreateSessionResponse>) responseObserver);
          break;
        case METHODID_WHO_AM_I:
          serviceImpl.whoAmI((provisioner.v1.WhoAmIRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.WhoAmIResponse>) responseObserver);
          break;
        case METHODID_REVOKE_SESSION:
          serviceImpl.revokeSession((provisioner.v1.RevokeSessionRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.RevokeSessionResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CreateSessionRequest,
              provisioner.v1.CreateSessionResponse>(
                service, METHODID_CREATE_SESSION)))
        .addMethod(
          getWhoAmIMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.WhoAmIRequest,
              provisioner.v1.WhoAmIResponse>(
                service, METHODID_WHO_AM_I)))
        .addMethod(
          getRevokeSessionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.RevokeSessionRequest,
              provisioner.v1.RevokeSessionResponse>(
                service, METHODID_REVOKE_SESSION)))
        .build();
  }

  private static abstract class AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuthServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return provisioner.v1.AuthServiceOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AuthService");
    }
  }

  private static final class AuthServiceFileDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier {
    AuthServiceFileDescriptorSupplier() {}
  }

  private static final class AuthServiceMethodDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AuthServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (AuthServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuthServiceFileDescriptorSupplier())
              .addMethod(getCreateSessionMethod())
              .addMethod(getWhoAmIMethod())
              .addMethod(getRevokeSessionMethod())
              .build();
        }
      }
    }
    return result;
  }
}
