package provisioner.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The service the imaging agent calls from the imaging environment. Every
 * method authenticates with the job's token alone, sent as
 * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
 * stops working when the job ends.
 * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
 * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
 * digest and never travels. Chunks travel compressed with zstandard, and a
 * chunk is stored once whatever the number of images that hold it. The list
 * of a disk's chunk digests in order is its manifest, read and written in
 * parts of up to part_size chunks.
 * A capture may offer a part by fingerprints instead of digests: the BLAKE3
 * hash (32 bytes) of each chunk, several times faster to compute than its
 * SHA-256. The server learns a chunk's fingerprint by computing it from the
 * bytes it receives, never from what an agent claims, and names the chunk by
 * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
 * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
 * the server, which hashes what it receives anyway, to compute the SHA-256.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ImagingAgentServiceGrpc {

  private ImagingAgentServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "provisioner.v1.ImagingAgentService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<provisioner.v1.StartJobRequest,
      provisioner.v1.StartJobResponse> getStartJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartJob",
      requestType = provisioner.v1.StartJobRequest.class,
      responseType = provisioner.v1.StartJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.StartJobRequest,
      provisioner.v1.StartJobResponse> getStartJobMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.StartJobRequest, provisioner.v1.StartJobResponse> getStartJobMethod;
    if ((getStartJobMethod = ImagingAgentServiceGrpc.getStartJobMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getStartJobMethod = ImagingAgentServiceGrpc.getStartJobMethod) == null) {
          ImagingAgentServiceGrpc.getStartJobMethod = getStartJobMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.StartJobRequest, provisioner.v1.StartJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.StartJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.StartJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("StartJob"))
              .build();
        }
      }
    }
    return getStartJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.OfferChunksRequest,
      provisioner.v1.OfferChunksResponse> getOfferChunksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OfferChunks",
      requestType = provisioner.v1.OfferChunksRequest.class,
      responseType = provisioner.v1.OfferChunksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.OfferChunksRequest,
      provisioner.v1.OfferChunksResponse> getOfferChunksMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.OfferChunksRequest, provisioner.v1.OfferChunksResponse> getOfferChunksMethod;
    if ((getOfferChunksMethod = ImagingAgentServiceGrpc.getOfferChunksMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getOfferChunksMethod = ImagingAgentServiceGrpc.getOfferChunksMethod) == null) {
          ImagingAgentServiceGrpc.getOfferChunksMethod = getOfferChunksMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.OfferChunksRequest, provisioner.v1.OfferChunksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OfferChunks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.OfferChunksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.OfferChunksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("OfferChunks"))
              .build();
        }
      }
    }
    return getOfferChunksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.UploadChunksRequest,
      provisioner.v1.UploadChunksResponse> getUploadChunksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadChunks",
      requestType = provisioner.v1.UploadChunksRequest.class,
      responseType = provisioner.v1.UploadChunksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.UploadChunksRequest,
      provisioner.v1.UploadChunksResponse> getUploadChunksMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.UploadChunksRequest, provisioner.v1.UploadChunksResponse> getUploadChunksMethod;
    if ((getUploadChunksMethod = ImagingAgentServiceGrpc.getUploadChunksMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getUploadChunksMethod = ImagingAgentServiceGrpc.getUploadChunksMethod) == null) {
          ImagingAgentServiceGrpc.getUploadChunksMethod = getUploadChunksMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.UploadChunksRequest, provisioner.v1.UploadChunksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadChunks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UploadChunksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UploadChunksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("UploadChunks"))
              .build();
        }
      }
    }
    return getUploadChunksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetManifestPartRequest,
      provisioner.v1.GetManifestPartResponse> getGetManifestPartMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetManifestPart",
      requestType = provisioner.v1.GetManifestPartRequest.class,
      responseType = provisioner.v1.GetManifestPartResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetManifestPartRequest,
      provisioner.v1.GetManifestPartResponse> getGetManifestPartMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetManifestPartRequest, provisioner.v1.GetManifestPartResponse> getGetManifestPartMethod;
    if ((getGetManifestPartMethod = ImagingAgentServiceGrpc.getGetManifestPartMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getGetManifestPartMethod = ImagingAgentServiceGrpc.getGetManifestPartMethod) == null) {
          ImagingAgentServiceGrpc.getGetManifestPartMethod = getGetManifestPartMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetManifestPartRequest, provisioner.v1.GetManifestPartResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetManifestPart"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetManifestPartRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetManifestPartResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("GetManifestPart"))
              .build();
        }
      }
    }
    return getGetManifestPartMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DownloadChunksRequest,
      provisioner.v1.DownloadChunksResponse> getDownloadChunksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DownloadChunks",
      requestType = provisioner.v1.DownloadChunksRequest.class,
      responseType = provisioner.v1.DownloadChunksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DownloadChunksRequest,
      provisioner.v1.DownloadChunksResponse> getDownloadChunksMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DownloadChunksRequest, provisioner.v1.DownloadChunksResponse> getDownloadChunksMethod;
    if ((getDownloadChunksMethod = ImagingAgentServiceGrpc.getDownloadChunksMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getDownloadChunksMethod = ImagingAgentServiceGrpc.getDownloadChunksMethod) == null) {
          ImagingAgentServiceGrpc.getDownloadChunksMethod = getDownloadChunksMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DownloadChunksRequest, provisioner.v1.DownloadChunksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DownloadChunks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DownloadChunksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DownloadChunksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("DownloadChunks"))
              .build();
        }
      }
    }
    return getDownloadChunksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ReportProgressRequest,
      provisioner.v1.ReportProgressResponse> getReportProgressMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReportProgress",
      requestType = provisioner.v1.ReportProgressRequest.class,
      responseType = provisioner.v1.ReportProgressResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ReportProgressRequest,
      provisioner.v1.ReportProgressResponse> getReportProgressMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ReportProgressRequest, provisioner.v1.ReportProgressResponse> getReportProgressMethod;
    if ((getReportProgressMethod = ImagingAgentServiceGrpc.getReportProgressMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getReportProgressMethod = ImagingAgentServiceGrpc.getReportProgressMethod) == null) {
          ImagingAgentServiceGrpc.getReportProgressMethod = getReportProgressMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ReportProgressRequest, provisioner.v1.ReportProgressResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReportProgress"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ReportProgressRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ReportProgressResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("ReportProgress"))
              .build();
        }
      }
    }
    return getReportProgressMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.FinishJobRequest,
      provisioner.v1.FinishJobResponse> getFinishJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FinishJob",
      requestType = provisioner.v1.FinishJobRequest.class,
      responseType = provisioner.v1.FinishJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.FinishJobRequest,
      provisioner.v1.FinishJobResponse> getFinishJobMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.FinishJobRequest, provisioner.v1.FinishJobResponse> getFinishJobMethod;
    if ((getFinishJobMethod = ImagingAgentServiceGrpc.getFinishJobMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getFinishJobMethod = ImagingAgentServiceGrpc.getFinishJobMethod) == null) {
          ImagingAgentServiceGrpc.getFinishJobMethod = getFinishJobMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.FinishJobRequest, provisioner.v1.FinishJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FinishJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.FinishJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.FinishJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("FinishJob"))
              .build();
        }
      }
    }
    return getFinishJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.FailJobRequest,
      provisioner.v1.FailJobResponse> getFailJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FailJob",
      requestType = provisioner.v1.FailJobRequest.class,
      responseType = provisioner.v1.FailJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.FailJobRequest,
      provisioner.v1.FailJobResponse> getFailJobMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.FailJobRequest, provisioner.v1.FailJobResponse> getFailJobMethod;
    if ((getFailJobMethod = ImagingAgentServiceGrpc.getFailJobMethod) == null) {
      synchronized (ImagingAgentServiceGrpc.class) {
        if ((getFailJobMethod = ImagingAgentServiceGrpc.getFailJobMethod) == null) {
          ImagingAgentServiceGrpc.getFailJobMethod = getFailJobMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.FailJobRequest, provisioner.v1.FailJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FailJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.FailJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.FailJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingAgentServiceMethodDescriptorSupplier("FailJob"))
              .build();
        }
      }
    }
    return getFailJobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImagingAgentServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceStub>() {
        @java.lang.Override
        public ImagingAgentServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingAgentServiceStub(channel, callOptions);
        }
      };
    return ImagingAgentServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ImagingAgentServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceBlockingV2Stub>() {
        @java.lang.Override
        public ImagingAgentServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingAgentServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ImagingAgentServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImagingAgentServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceBlockingStub>() {
        @java.lang.Override
        public ImagingAgentServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingAgentServiceBlockingStub(channel, callOptions);
        }
      };
    return ImagingAgentServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImagingAgentServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingAgentServiceFutureStub>() {
        @java.lang.Override
        public ImagingAgentServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingAgentServiceFutureStub(channel, callOptions);
        }
      };
    return ImagingAgentServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Starts the job, or resumes it after an interruption: the job becomes
     * RUNNING, and the host's boot config local boot again. Tells the agent
     * what to do.
     * </pre>
     */
    default void startJob(provisioner.v1.StartJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.StartJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records one part of a capture's manifest and answers which of its chunks
     * the server lacks, which the agent then uploads.
     * </pre>
     */
    default void offerChunks(provisioner.v1.OfferChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.OfferChunksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOfferChunksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores chunks. Each is checked against its digest, its fingerprint, or
     * both, before it is kept.
     * </pre>
     */
    default void uploadChunks(provisioner.v1.UploadChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UploadChunksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadChunksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads one part of the manifest of the image a deploy writes.
     * </pre>
     */
    default void getManifestPart(provisioner.v1.GetManifestPartRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetManifestPartResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetManifestPartMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads chunks of the image a deploy writes, as stored: compressed. The
     * response holds as many of the chunks asked for, in order, as fit in
     * about 4 MiB; the agent asks again for the rest.
     * </pre>
     */
    default void downloadChunks(provisioner.v1.DownloadChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DownloadChunksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadChunksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reports how far the agent has come; the server shows it to watchers.
     * </pre>
     */
    default void reportProgress(provisioner.v1.ReportProgressRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ReportProgressResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReportProgressMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends the job successfully. For a capture the server checks that every
     * part of the manifest and every chunk it names is stored, and that the
     * manifest matches its digest, before the image becomes READY. A capture
     * may leave out the whole disk's SHA-256 when it is likely to be an image's
     * already (a re-capture that uploaded nothing): an image with the very same
     * chunks has the same SHA-256, which the server then records.
     * </pre>
     */
    default void finishJob(provisioner.v1.FinishJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.FinishJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFinishJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends the job as failed, with the agent's reason. A capture's image
     * becomes FAILED.
     * </pre>
     */
    default void failJob(provisioner.v1.FailJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.FailJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFailJobMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ImagingAgentService.
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public static abstract class ImagingAgentServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ImagingAgentServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ImagingAgentService.
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public static final class ImagingAgentServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ImagingAgentServiceStub> {
    private ImagingAgentServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingAgentServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingAgentServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts the job, or resumes it after an interruption: the job becomes
     * RUNNING, and the host's boot config local boot again. Tells the agent
     * what to do.
     * </pre>
     */
    public void startJob(provisioner.v1.StartJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.StartJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records one part of a capture's manifest and answers which of its chunks
     * the server lacks, which the agent then uploads.
     * </pre>
     */
    public void offerChunks(provisioner.v1.OfferChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.OfferChunksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOfferChunksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores chunks. Each is checked against its digest, its fingerprint, or
     * both, before it is kept.
     * </pre>
     */
    public void uploadChunks(provisioner.v1.UploadChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UploadChunksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadChunksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads one part of the manifest of the image a deploy writes.
     * </pre>
     */
    public void getManifestPart(provisioner.v1.GetManifestPartRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetManifestPartResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetManifestPartMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads chunks of the image a deploy writes, as stored: compressed. The
     * response holds as many of the chunks asked for, in order, as fit in
     * about 4 MiB; the agent asks again for the rest.
     * </pre>
     */
    public void downloadChunks(provisioner.v1.DownloadChunksRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DownloadChunksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDownloadChunksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reports how far the agent has come; the server shows it to watchers.
     * </pre>
     */
    public void reportProgress(provisioner.v1.ReportProgressRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ReportProgressResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReportProgressMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends the job successfully. For a capture the server checks that every
     * part of the manifest and every chunk it names is stored, and that the
     * manifest matches its digest, before the image becomes READY. A capture
     * may leave out the whole disk's SHA-256 when it is likely to be an image's
     * already (a re-capture that uploaded nothing): an image with the very same
     * chunks has the same SHA-256, which the server then records.
     * </pre>
     */
    public void finishJob(provisioner.v1.FinishJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.FinishJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFinishJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends the job as failed, with the agent's reason. A capture's image
     * becomes FAILED.
     * </pre>
     */
    public void failJob(provisioner.v1.FailJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.FailJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFailJobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ImagingAgentService.
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public static final class ImagingAgentServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ImagingAgentServiceBlockingV2Stub> {
    private ImagingAgentServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingAgentServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingAgentServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts the job, or resumes it after an interruption: the job becomes
     * RUNNING, and the host's boot config local boot again. Tells the agent
     * what to do.
     * </pre>
     */
    public provisioner.v1.StartJobResponse startJob(provisioner.v1.StartJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStartJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records one part of a capture's manifest and answers which of its chunks
     * the server lacks, which the agent then uploads.
     * </pre>
     */
    public provisioner.v1.OfferChunksResponse offerChunks(provisioner.v1.OfferChunksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getOfferChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores chunks. Each is checked against its digest, its fingerprint, or
     * both, before it is kept.
     * </pre>
     */
    public provisioner.v1.UploadChunksResponse uploadChunks(provisioner.v1.UploadChunksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUploadChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one part of the manifest of the image a deploy writes.
     * </pre>
     */
    public provisioner.v1.GetManifestPartResponse getManifestPart(provisioner.v1.GetManifestPartRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetManifestPartMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads chunks of the image a deploy writes, as stored: compressed. The
     * response holds as many of the chunks asked for, in order, as fit in
     * about 4 MiB; the agent asks again for the rest.
     * </pre>
     */
    public provisioner.v1.DownloadChunksResponse downloadChunks(provisioner.v1.DownloadChunksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDownloadChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports how far the agent has come; the server shows it to watchers.
     * </pre>
     */
    public provisioner.v1.ReportProgressResponse reportProgress(provisioner.v1.ReportProgressRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReportProgressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the job successfully. For a capture the server checks that every
     * part of the manifest and every chunk it names is stored, and that the
     * manifest matches its digest, before the image becomes READY. A capture
     * may leave out the whole disk's SHA-256 when it is likely to be an image's
     * already (a re-capture that uploaded nothing): an image with the very same
     * chunks has the same SHA-256, which the server then records.
     * </pre>
     */
    public provisioner.v1.FinishJobResponse finishJob(provisioner.v1.FinishJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFinishJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the job as failed, with the agent's reason. A capture's image
     * becomes FAILED.
     * </pre>
     */
    public provisioner.v1.FailJobResponse failJob(provisioner.v1.FailJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFailJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ImagingAgentService.
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public static final class ImagingAgentServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ImagingAgentServiceBlockingStub> {
    private ImagingAgentServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingAgentServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingAgentServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts the job, or resumes it after an interruption: the job becomes
     * RUNNING, and the host's boot config local boot again. Tells the agent
     * what to do.
     * </pre>
     */
    public provisioner.v1.StartJobResponse startJob(provisioner.v1.StartJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records one part of a capture's manifest and answers which of its chunks
     * the server lacks, which the agent then uploads.
     * </pre>
     */
    public provisioner.v1.OfferChunksResponse offerChunks(provisioner.v1.OfferChunksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOfferChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores chunks. Each is checked against its digest, its fingerprint, or
     * both, before it is kept.
     * </pre>
     */
    public provisioner.v1.UploadChunksResponse uploadChunks(provisioner.v1.UploadChunksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads one part of the manifest of the image a deploy writes.
     * </pre>
     */
    public provisioner.v1.GetManifestPartResponse getManifestPart(provisioner.v1.GetManifestPartRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetManifestPartMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads chunks of the image a deploy writes, as stored: compressed. The
     * response holds as many of the chunks asked for, in order, as fit in
     * about 4 MiB; the agent asks again for the rest.
     * </pre>
     */
    public provisioner.v1.DownloadChunksResponse downloadChunks(provisioner.v1.DownloadChunksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDownloadChunksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports how far the agent has come; the server shows it to watchers.
     * </pre>
     */
    public provisioner.v1.ReportProgressResponse reportProgress(provisioner.v1.ReportProgressRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReportProgressMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the job successfully. For a capture the server checks that every
     * part of the manifest and every chunk it names is stored, and that the
     * manifest matches its digest, before the image becomes READY. A capture
     * may leave out the whole disk's SHA-256 when it is likely to be an image's
     * already (a re-capture that uploaded nothing): an image with the very same
     * chunks has the same SHA-256, which the server then records.
     * </pre>
     */
    public provisioner.v1.FinishJobResponse finishJob(provisioner.v1.FinishJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFinishJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the job as failed, with the agent's reason. A capture's image
     * becomes FAILED.
     * </pre>
     */
    public provisioner.v1.FailJobResponse failJob(provisioner.v1.FailJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFailJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ImagingAgentService.
   * <pre>
   * The service the imaging agent calls from the imaging environment. Every
   * method authenticates with the job's token alone, sent as
   * `authorization: Bearer &lt;token&gt;` metadata; a token acts on its own job and
   * stops working when the job ends.
   * A disk is cut into chunks of chunk_size_bytes; a chunk is named by the
   * SHA-256 of its bytes. An all-zero chunk is a hole: it is named by an empty
   * digest and never travels. Chunks travel compressed with zstandard, and a
   * chunk is stored once whatever the number of images that hold it. The list
   * of a disk's chunk digests in order is its manifest, read and written in
   * parts of up to part_size chunks.
   * A capture may offer a part by fingerprints instead of digests: the BLAKE3
   * hash (32 bytes) of each chunk, several times faster to compute than its
   * SHA-256. The server learns a chunk's fingerprint by computing it from the
   * bytes it receives, never from what an agent claims, and names the chunk by
   * its SHA-256 as always; an agent re-capturing a disk thus reads it once at
   * the speed of BLAKE3. It may upload a chunk by its fingerprint too, leaving
   * the server, which hashes what it receives anyway, to compute the SHA-256.
   * </pre>
   */
  public static final class ImagingAgentServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ImagingAgentServiceFutureStub> {
    private ImagingAgentServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingAgentServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingAgentServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts the job, or resumes it after an interruption: the job becomes
     * RUNNING, and the host's boot config local boot again. Tells the agent
     * what to do.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.StartJobResponse> startJob(
        provisioner.v1.StartJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records one part of a capture's manifest and answers which of its chunks
     * the server lacks, which the agent then uploads.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.OfferChunksResponse> offerChunks(
        provisioner.v1.OfferChunksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOfferChunksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores chunks. Each is checked against its digest, its fingerprint, or
     * both, before it is kept.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.UploadChunksResponse> uploadChunks(
        provisioner.v1.UploadChunksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadChunksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads one part of the manifest of the image a deploy writes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetManifestPartResponse> getManifestPart(
        provisioner.v1.GetManifestPartRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetManifestPartMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads chunks of the image a deploy writes, as stored: compressed. The
     * response holds as many of the chunks asked for, in order, as fit in
     * about 4 MiB; the agent asks again for the rest.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DownloadChunksResponse> downloadChunks(
        provisioner.v1.DownloadChunksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDownloadChunksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reports how far the agent has come; the server shows it to watchers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ReportProgressResponse> reportProgress(
        provisioner.v1.ReportProgressRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReportProgressMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends the job successfully. For a capture the server checks that every
     * part of the manifest and every chunk it names is stored, and that the
     * manifest matches its digest, before the image becomes READY. A capture
     * may leave out the whole disk's SHA-256 when it is likely to be an image's
     * already (a re-capture that uploaded nothing): an image with the very same
     * chunks has the same SHA-256, which the server then records.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.FinishJobResponse> finishJob(
        provisioner.v1.FinishJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFinishJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends the job as failed, with the agent's reason. A capture's image
     * becomes FAILED.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.FailJobResponse> failJob(
        provisioner.v1.FailJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFailJobMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_START_JOB = 0;
  private static final int METHODID_OFFER_CHUNKS = 1;
  private static final int METHODID_UPLOAD_CHUNKS = 2;
  private static final int METHODID_GET_MANIFEST_PART = 3;
  private static final int METHODID_DOWNLOAD_CHUNKS = 4;
  private static final int METHODID_REPORT_PROGRESS = 5;
  private static final int METHODID_FINISH_JOB = 6;
  private static final int METHODID_FAIL_JOB = 7;

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
        case METHODID_START_JOB:
          serviceImpl.startJob((provisioner.v1.StartJobRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.StartJobResponse>) responseObserver);
          break;
        case METHODID_OFFER_CHUNKS:
          serviceImpl.offerChunks((provisioner.v1.OfferChunksRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.OfferChunksResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_CHUNKS:
          serviceImpl.uploadChunks((provisioner.v1.UploadChunksRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.UploadChunksResponse>) responseObserver);
          break;
        case METHODID_GET_MANIFEST_PART:
          serviceImpl.getManifestPart((provisioner.v1.GetManifestPartRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetManifestPartResponse>) responseObserver);
          break;
        case METHODID_DOWNLOAD_CHUNKS:
          serviceImpl.downloadChunks((provisioner.v1.DownloadChunksRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DownloadChunksResponse>) responseObserver);
          break;
        case METHODID_REPORT_PROGRESS:
          serviceImpl.reportProgress((provisioner.v1.ReportProgressRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ReportProgressResponse>) responseObserver);
          break;
        case METHODID_FINISH_JOB:
          serviceImpl.finishJob((provisioner.v1.FinishJobRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.FinishJobResponse>) responseObserver);
          break;
        case METHODID_FAIL_JOB:
          serviceImpl.failJob((provisioner.v1.FailJobRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.FailJobResponse>) responseObserver);
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
          getStartJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.StartJobRequest,
              provisioner.v1.StartJobResponse>(
                service, METHODID_START_JOB)))
        .addMethod(
          getOfferChunksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.OfferChunksRequest,
              provisioner.v1.OfferChunksResponse>(
                service, METHODID_OFFER_CHUNKS)))
        .addMethod(
          getUploadChunksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.UploadChunksRequest,
              provisioner.v1.UploadChunksResponse>(
                service, METHODID_UPLOAD_CHUNKS)))
        .addMethod(
          getGetManifestPartMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetManifestPartRequest,
              provisioner.v1.GetManifestPartResponse>(
                service, METHODID_GET_MANIFEST_PART)))
        .addMethod(
          getDownloadChunksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DownloadChunksRequest,
              provisioner.v1.DownloadChunksResponse>(
                service, METHODID_DOWNLOAD_CHUNKS)))
        .addMethod(
          getReportProgressMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ReportProgressRequest,
              provisioner.v1.ReportProgressResponse>(
                service, METHODID_REPORT_PROGRESS)))
        .addMethod(
          getFinishJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.FinishJobRequest,
              provisioner.v1.FinishJobResponse>(
                service, METHODID_FINISH_JOB)))
        .addMethod(
          getFailJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.FailJobRequest,
              provisioner.v1.FailJobResponse>(
                service, METHODID_FAIL_JOB)))
        .build();
  }

  private static abstract class ImagingAgentServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImagingAgentServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return provisioner.v1.ImagingAgentServiceOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImagingAgentService");
    }
  }

  private static final class ImagingAgentServiceFileDescriptorSupplier
      extends ImagingAgentServiceBaseDescriptorSupplier {
    ImagingAgentServiceFileDescriptorSupplier() {}
  }

  private static final class ImagingAgentServiceMethodDescriptorSupplier
      extends ImagingAgentServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ImagingAgentServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ImagingAgentServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImagingAgentServiceFileDescriptorSupplier())
              .addMethod(getStartJobMethod())
              .addMethod(getOfferChunksMethod())
              .addMethod(getUploadChunksMethod())
              .addMethod(getGetManifestPartMethod())
              .addMethod(getDownloadChunksMethod())
              .addMethod(getReportProgressMethod())
              .addMethod(getFinishJobMethod())
              .addMethod(getFailJobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
