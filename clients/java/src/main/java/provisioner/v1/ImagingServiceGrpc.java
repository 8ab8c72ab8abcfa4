package provisioner.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Imaging: capture a host's disk into an image, deploy images onto hosts,
 * follow the jobs that do it. A job arms the host's next network boot into
 * an imaging environment (an operating system of installer kind
 * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
 * ImagingAgentService. Every method needs a session of an APID granted the
 * imaging scope.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ImagingServiceGrpc {

  private ImagingServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "provisioner.v1.ImagingService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CaptureImageRequest,
      provisioner.v1.CaptureImageResponse> getCaptureImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CaptureImage",
      requestType = provisioner.v1.CaptureImageRequest.class,
      responseType = provisioner.v1.CaptureImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CaptureImageRequest,
      provisioner.v1.CaptureImageResponse> getCaptureImageMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CaptureImageRequest, provisioner.v1.CaptureImageResponse> getCaptureImageMethod;
    if ((getCaptureImageMethod = ImagingServiceGrpc.getCaptureImageMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getCaptureImageMethod = ImagingServiceGrpc.getCaptureImageMethod) == null) {
          ImagingServiceGrpc.getCaptureImageMethod = getCaptureImageMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CaptureImageRequest, provisioner.v1.CaptureImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CaptureImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CaptureImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CaptureImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("CaptureImage"))
              .build();
        }
      }
    }
    return getCaptureImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DeployImageRequest,
      provisioner.v1.DeployImageResponse> getDeployImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeployImage",
      requestType = provisioner.v1.DeployImageRequest.class,
      responseType = provisioner.v1.DeployImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DeployImageRequest,
      provisioner.v1.DeployImageResponse> getDeployImageMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DeployImageRequest, provisioner.v1.DeployImageResponse> getDeployImageMethod;
    if ((getDeployImageMethod = ImagingServiceGrpc.getDeployImageMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getDeployImageMethod = ImagingServiceGrpc.getDeployImageMethod) == null) {
          ImagingServiceGrpc.getDeployImageMethod = getDeployImageMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DeployImageRequest, provisioner.v1.DeployImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeployImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeployImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeployImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("DeployImage"))
              .build();
        }
      }
    }
    return getDeployImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetImageRequest,
      provisioner.v1.GetImageResponse> getGetImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImage",
      requestType = provisioner.v1.GetImageRequest.class,
      responseType = provisioner.v1.GetImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetImageRequest,
      provisioner.v1.GetImageResponse> getGetImageMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetImageRequest, provisioner.v1.GetImageResponse> getGetImageMethod;
    if ((getGetImageMethod = ImagingServiceGrpc.getGetImageMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getGetImageMethod = ImagingServiceGrpc.getGetImageMethod) == null) {
          ImagingServiceGrpc.getGetImageMethod = getGetImageMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetImageRequest, provisioner.v1.GetImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("GetImage"))
              .build();
        }
      }
    }
    return getGetImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListImagesRequest,
      provisioner.v1.ListImagesResponse> getListImagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImages",
      requestType = provisioner.v1.ListImagesRequest.class,
      responseType = provisioner.v1.ListImagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListImagesRequest,
      provisioner.v1.ListImagesResponse> getListImagesMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListImagesRequest, provisioner.v1.ListImagesResponse> getListImagesMethod;
    if ((getListImagesMethod = ImagingServiceGrpc.getListImagesMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getListImagesMethod = ImagingServiceGrpc.getListImagesMethod) == null) {
          ImagingServiceGrpc.getListImagesMethod = getListImagesMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListImagesRequest, provisioner.v1.ListImagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListImagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListImagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("ListImages"))
              .build();
        }
      }
    }
    return getListImagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.UpdateImageRequest,
      provisioner.v1.UpdateImageResponse> getUpdateImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateImage",
      requestType = provisioner.v1.UpdateImageRequest.class,
      responseType = provisioner.v1.UpdateImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.UpdateImageRequest,
      provisioner.v1.UpdateImageResponse> getUpdateImageMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.UpdateImageRequest, provisioner.v1.UpdateImageResponse> getUpdateImageMethod;
    if ((getUpdateImageMethod = ImagingServiceGrpc.getUpdateImageMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getUpdateImageMethod = ImagingServiceGrpc.getUpdateImageMethod) == null) {
          ImagingServiceGrpc.getUpdateImageMethod = getUpdateImageMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.UpdateImageRequest, provisioner.v1.UpdateImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("UpdateImage"))
              .build();
        }
      }
    }
    return getUpdateImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DeleteImageRequest,
      provisioner.v1.DeleteImageResponse> getDeleteImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteImage",
      requestType = provisioner.v1.DeleteImageRequest.class,
      responseType = provisioner.v1.DeleteImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DeleteImageRequest,
      provisioner.v1.DeleteImageResponse> getDeleteImageMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DeleteImageRequest, provisioner.v1.DeleteImageResponse> getDeleteImageMethod;
    if ((getDeleteImageMethod = ImagingServiceGrpc.getDeleteImageMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getDeleteImageMethod = ImagingServiceGrpc.getDeleteImageMethod) == null) {
          ImagingServiceGrpc.getDeleteImageMethod = getDeleteImageMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DeleteImageRequest, provisioner.v1.DeleteImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("DeleteImage"))
              .build();
        }
      }
    }
    return getDeleteImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetImagingJobRequest,
      provisioner.v1.GetImagingJobResponse> getGetImagingJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImagingJob",
      requestType = provisioner.v1.GetImagingJobRequest.class,
      responseType = provisioner.v1.GetImagingJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetImagingJobRequest,
      provisioner.v1.GetImagingJobResponse> getGetImagingJobMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetImagingJobRequest, provisioner.v1.GetImagingJobResponse> getGetImagingJobMethod;
    if ((getGetImagingJobMethod = ImagingServiceGrpc.getGetImagingJobMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getGetImagingJobMethod = ImagingServiceGrpc.getGetImagingJobMethod) == null) {
          ImagingServiceGrpc.getGetImagingJobMethod = getGetImagingJobMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetImagingJobRequest, provisioner.v1.GetImagingJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImagingJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetImagingJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetImagingJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("GetImagingJob"))
              .build();
        }
      }
    }
    return getGetImagingJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListImagingJobsRequest,
      provisioner.v1.ListImagingJobsResponse> getListImagingJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImagingJobs",
      requestType = provisioner.v1.ListImagingJobsRequest.class,
      responseType = provisioner.v1.ListImagingJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListImagingJobsRequest,
      provisioner.v1.ListImagingJobsResponse> getListImagingJobsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListImagingJobsRequest, provisioner.v1.ListImagingJobsResponse> getListImagingJobsMethod;
    if ((getListImagingJobsMethod = ImagingServiceGrpc.getListImagingJobsMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getListImagingJobsMethod = ImagingServiceGrpc.getListImagingJobsMethod) == null) {
          ImagingServiceGrpc.getListImagingJobsMethod = getListImagingJobsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListImagingJobsRequest, provisioner.v1.ListImagingJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImagingJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListImagingJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListImagingJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("ListImagingJobs"))
              .build();
        }
      }
    }
    return getListImagingJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CancelImagingJobRequest,
      provisioner.v1.CancelImagingJobResponse> getCancelImagingJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelImagingJob",
      requestType = provisioner.v1.CancelImagingJobRequest.class,
      responseType = provisioner.v1.CancelImagingJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CancelImagingJobRequest,
      provisioner.v1.CancelImagingJobResponse> getCancelImagingJobMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CancelImagingJobRequest, provisioner.v1.CancelImagingJobResponse> getCancelImagingJobMethod;
    if ((getCancelImagingJobMethod = ImagingServiceGrpc.getCancelImagingJobMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getCancelImagingJobMethod = ImagingServiceGrpc.getCancelImagingJobMethod) == null) {
          ImagingServiceGrpc.getCancelImagingJobMethod = getCancelImagingJobMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CancelImagingJobRequest, provisioner.v1.CancelImagingJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelImagingJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CancelImagingJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CancelImagingJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("CancelImagingJob"))
              .build();
        }
      }
    }
    return getCancelImagingJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.WatchImagingJobsRequest,
      provisioner.v1.WatchImagingJobsResponse> getWatchImagingJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchImagingJobs",
      requestType = provisioner.v1.WatchImagingJobsRequest.class,
      responseType = provisioner.v1.WatchImagingJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<provisioner.v1.WatchImagingJobsRequest,
      provisioner.v1.WatchImagingJobsResponse> getWatchImagingJobsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.WatchImagingJobsRequest, provisioner.v1.WatchImagingJobsResponse> getWatchImagingJobsMethod;
    if ((getWatchImagingJobsMethod = ImagingServiceGrpc.getWatchImagingJobsMethod) == null) {
      synchronized (ImagingServiceGrpc.class) {
        if ((getWatchImagingJobsMethod = ImagingServiceGrpc.getWatchImagingJobsMethod) == null) {
          ImagingServiceGrpc.getWatchImagingJobsMethod = getWatchImagingJobsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.WatchImagingJobsRequest, provisioner.v1.WatchImagingJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchImagingJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WatchImagingJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WatchImagingJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ImagingServiceMethodDescriptorSupplier("WatchImagingJobs"))
              .build();
        }
      }
    }
    return getWatchImagingJobsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImagingServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingServiceStub>() {
        @java.lang.Override
        public ImagingServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingServiceStub(channel, callOptions);
        }
      };
    return ImagingServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ImagingServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingServiceBlockingV2Stub>() {
        @java.lang.Override
        public ImagingServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ImagingServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImagingServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingServiceBlockingStub>() {
        @java.lang.Override
        public ImagingServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingServiceBlockingStub(channel, callOptions);
        }
      };
    return ImagingServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImagingServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImagingServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImagingServiceFutureStub>() {
        @java.lang.Override
        public ImagingServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImagingServiceFutureStub(channel, callOptions);
        }
      };
    return ImagingServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Starts capturing a host's disk into a new image: arms the host's next
     * network boot into the imaging environment, and with power_cycle also
     * sets its next boot to the network and power-cycles it through its BMC.
     * The image is CREATING until the job succeeds.
     * </pre>
     */
    default void captureImage(provisioner.v1.CaptureImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CaptureImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCaptureImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts deploying a ready image onto one host or many: one job per host,
     * each arming its host as CaptureImage does. Either every host is armed or
     * none is.
     * </pre>
     */
    default void deployImage(provisioner.v1.DeployImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeployImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeployImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an image.
     * </pre>
     */
    default void getImage(provisioner.v1.GetImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists images, newest first, a page at a time.
     * </pre>
     */
    default void listImages(provisioner.v1.ListImagesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListImagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an image that update_mask names: display_name,
     * operating_system and labels.
     * </pre>
     */
    default void updateImage(provisioner.v1.UpdateImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an image, and frees the chunks no other image uses.
     * </pre>
     */
    default void deleteImage(provisioner.v1.DeleteImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an imaging job.
     * </pre>
     */
    default void getImagingJob(provisioner.v1.GetImagingJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetImagingJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImagingJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists imaging jobs, newest first, a page at a time.
     * </pre>
     */
    default void listImagingJobs(provisioner.v1.ListImagingJobsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListImagingJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImagingJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed or running job. The host boots from its disk again; a
     * capture's image becomes FAILED, and a deploy leaves the disk partly
     * written, never marked good.
     * </pre>
     */
    default void cancelImagingJob(provisioner.v1.CancelImagingJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CancelImagingJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelImagingJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the changes of one job, or of every job, as they happen: state
     * changes and, about once a second while a job runs, its progress. After a
     * reconnect, pass the cursor of the last message received to resume: no
     * message is lost or repeated. The response headers arrive once the
     * stream's start is fixed: wait for them before acting (capturing, say) and
     * no change of that action is missed.
     * </pre>
     */
    default void watchImagingJobs(provisioner.v1.WatchImagingJobsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WatchImagingJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchImagingJobsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ImagingService.
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public static abstract class ImagingServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ImagingServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ImagingService.
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public static final class ImagingServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ImagingServiceStub> {
    private ImagingServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts capturing a host's disk into a new image: arms the host's next
     * network boot into the imaging environment, and with power_cycle also
     * sets its next boot to the network and power-cycles it through its BMC.
     * The image is CREATING until the job succeeds.
     * </pre>
     */
    public void captureImage(provisioner.v1.CaptureImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CaptureImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCaptureImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts deploying a ready image onto one host or many: one job per host,
     * each arming its host as CaptureImage does. Either every host is armed or
     * none is.
     * </pre>
     */
    public void deployImage(provisioner.v1.DeployImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeployImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeployImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an image.
     * </pre>
     */
    public void getImage(provisioner.v1.GetImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists images, newest first, a page at a time.
     * </pre>
     */
    public void listImages(provisioner.v1.ListImagesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListImagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an image that update_mask names: display_name,
     * operating_system and labels.
     * </pre>
     */
    public void updateImage(provisioner.v1.UpdateImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an image, and frees the chunks no other image uses.
     * </pre>
     */
    public void deleteImage(provisioner.v1.DeleteImageRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an imaging job.
     * </pre>
     */
    public void getImagingJob(provisioner.v1.GetImagingJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetImagingJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImagingJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists imaging jobs, newest first, a page at a time.
     * </pre>
     */
    public void listImagingJobs(provisioner.v1.ListImagingJobsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListImagingJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImagingJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed or running job. The host boots from its disk again; a
     * capture's image becomes FAILED, and a deploy leaves the disk partly
     * written, never marked good.
     * </pre>
     */
    public void cancelImagingJob(provisioner.v1.CancelImagingJobRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CancelImagingJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelImagingJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the changes of one job, or of every job, as they happen: state
     * changes and, about once a second while a job runs, its progress. After a
     * reconnect, pass the cursor of the last message received to resume: no
     * message is lost or repeated. The response headers arrive once the
     * stream's start is fixed: wait for them before acting (capturing, say) and
     * no change of that action is missed.
     * </pre>
     */
    public void watchImagingJobs(provisioner.v1.WatchImagingJobsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WatchImagingJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchImagingJobsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ImagingService.
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public static final class ImagingServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ImagingServiceBlockingV2Stub> {
    private ImagingServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts capturing a host's disk into a new image: arms the host's next
     * network boot into the imaging environment, and with power_cycle also
     * sets its next boot to the network and power-cycles it through its BMC.
     * The image is CREATING until the job succeeds.
     * </pre>
     */
    public provisioner.v1.CaptureImageResponse captureImage(provisioner.v1.CaptureImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCaptureImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts deploying a ready image onto one host or many: one job per host,
     * each arming its host as CaptureImage does. Either every host is armed or
     * none is.
     * </pre>
     */
    public provisioner.v1.DeployImageResponse deployImage(provisioner.v1.DeployImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeployImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an image.
     * </pre>
     */
    public provisioner.v1.GetImageResponse getImage(provisioner.v1.GetImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists images, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListImagesResponse listImages(provisioner.v1.ListImagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListImagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an image that update_mask names: display_name,
     * operating_system and labels.
     * </pre>
     */
    public provisioner.v1.UpdateImageResponse updateImage(provisioner.v1.UpdateImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an image, and frees the chunks no other image uses.
     * </pre>
     */
    public provisioner.v1.DeleteImageResponse deleteImage(provisioner.v1.DeleteImageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an imaging job.
     * </pre>
     */
    public provisioner.v1.GetImagingJobResponse getImagingJob(provisioner.v1.GetImagingJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetImagingJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists imaging jobs, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListImagingJobsResponse listImagingJobs(provisioner.v1.ListImagingJobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListImagingJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed or running job. The host boots from its disk again; a
     * capture's image becomes FAILED, and a deploy leaves the disk partly
     * written, never marked good.
     * </pre>
     */
    public provisioner.v1.CancelImagingJobResponse cancelImagingJob(provisioner.v1.CancelImagingJobRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelImagingJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the changes of one job, or of every job, as they happen: state
     * changes and, about once a second while a job runs, its progress. After a
     * reconnect, pass the cursor of the last message received to resume: no
     * message is lost or repeated. The response headers arrive once the
     * stream's start is fixed: wait for them before acting (capturing, say) and
     * no change of that action is missed.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, provisioner.v1.WatchImagingJobsResponse>
        watchImagingJobs(provisioner.v1.WatchImagingJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchImagingJobsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ImagingService.
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public static final class ImagingServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ImagingServiceBlockingStub> {
    private ImagingServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts capturing a host's disk into a new image: arms the host's next
     * network boot into the imaging environment, and with power_cycle also
     * sets its next boot to the network and power-cycles it through its BMC.
     * The image is CREATING until the job succeeds.
     * </pre>
     */
    public provisioner.v1.CaptureImageResponse captureImage(provisioner.v1.CaptureImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCaptureImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts deploying a ready image onto one host or many: one job per host,
     * each arming its host as CaptureImage does. Either every host is armed or
     * none is.
     * </pre>
     */
    public provisioner.v1.DeployImageResponse deployImage(provisioner.v1.DeployImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeployImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an image.
     * </pre>
     */
    public provisioner.v1.GetImageResponse getImage(provisioner.v1.GetImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists images, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListImagesResponse listImages(provisioner.v1.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an image that update_mask names: display_name,
     * operating_system and labels.
     * </pre>
     */
    public provisioner.v1.UpdateImageResponse updateImage(provisioner.v1.UpdateImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an image, and frees the chunks no other image uses.
     * </pre>
     */
    public provisioner.v1.DeleteImageResponse deleteImage(provisioner.v1.DeleteImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an imaging job.
     * </pre>
     */
    public provisioner.v1.GetImagingJobResponse getImagingJob(provisioner.v1.GetImagingJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImagingJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists imaging jobs, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListImagingJobsResponse listImagingJobs(provisioner.v1.ListImagingJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImagingJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed or running job. The host boots from its disk again; a
     * capture's image becomes FAILED, and a deploy leaves the disk partly
     * written, never marked good.
     * </pre>
     */
    public provisioner.v1.CancelImagingJobResponse cancelImagingJob(provisioner.v1.CancelImagingJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelImagingJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the changes of one job, or of every job, as they happen: state
     * changes and, about once a second while a job runs, its progress. After a
     * reconnect, pass the cursor of the last message received to resume: no
     * message is lost or repeated. The response headers arrive once the
     * stream's start is fixed: wait for them before acting (capturing, say) and
     * no change of that action is missed.
     * </pre>
     */
    public java.util.Iterator<provisioner.v1.WatchImagingJobsResponse> watchImagingJobs(
        provisioner.v1.WatchImagingJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchImagingJobsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ImagingService.
   * <pre>
   * Imaging: capture a host's disk into an image, deploy images onto hosts,
   * follow the jobs that do it. A job arms the host's next network boot into
   * an imaging environment (an operating system of installer kind
   * INSTALLER_KIND_IMAGE), whose agent moves the disk's chunks over
   * ImagingAgentService. Every method needs a session of an APID granted the
   * imaging scope.
   * </pre>
   */
  public static final class ImagingServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ImagingServiceFutureStub> {
    private ImagingServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImagingServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImagingServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Starts capturing a host's disk into a new image: arms the host's next
     * network boot into the imaging environment, and with power_cycle also
     * sets its next boot to the network and power-cycles it through its BMC.
     * The image is CREATING until the job succeeds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CaptureImageResponse> captureImage(
        provisioner.v1.CaptureImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCaptureImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts deploying a ready image onto one host or many: one job per host,
     * each arming its host as CaptureImage does. Either every host is armed or
     * none is.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DeployImageResponse> deployImage(
        provisioner.v1.DeployImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeployImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an image.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetImageResponse> getImage(
        provisioner.v1.GetImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists images, newest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListImagesResponse> listImages(
        provisioner.v1.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of an image that update_mask names: display_name,
     * operating_system and labels.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.UpdateImageResponse> updateImage(
        provisioner.v1.UpdateImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an image, and frees the chunks no other image uses.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DeleteImageResponse> deleteImage(
        provisioner.v1.DeleteImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an imaging job.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetImagingJobResponse> getImagingJob(
        provisioner.v1.GetImagingJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImagingJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists imaging jobs, newest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListImagingJobsResponse> listImagingJobs(
        provisioner.v1.ListImagingJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImagingJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Cancels an armed or running job. The host boots from its disk again; a
     * capture's image becomes FAILED, and a deploy leaves the disk partly
     * written, never marked good.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CancelImagingJobResponse> cancelImagingJob(
        provisioner.v1.CancelImagingJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelImagingJobMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CAPTURE_IMAGE = 0;
  private static final int METHODID_DEPLOY_IMAGE = 1;
  private static final int METHODID_GET_IMAGE = 2;
  private static final int METHODID_LIST_IMAGES = 3;
  private static final int METHODID_UPDATE_IMAGE = 4;
  private static final int METHODID_DELETE_IMAGE = 5;
  private static final int METHODID_GET_IMAGING_JOB = 6;
  private static final int METHODID_LIST_IMAGING_JOBS = 7;
  private static final int METHODID_CANCEL_IMAGING_JOB = 8;
  private static final int METHODID_WATCH_IMAGING_JOBS = 9;

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
        case METHODID_CAPTURE_IMAGE:
          serviceImpl.captureImage((provisioner.v1.CaptureImageRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CaptureImageResponse>) responseObserver);
          break;
        case METHODID_DEPLOY_IMAGE:
          serviceImpl.deployImage((provisioner.v1.DeployImageRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DeployImageResponse>) responseObserver);
          break;
        case METHODID_GET_IMAGE:
          serviceImpl.getImage((provisioner.v1.GetImageRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetImageResponse>) responseObserver);
          break;
        case METHODID_LIST_IMAGES:
          serviceImpl.listImages((provisioner.v1.ListImagesRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListImagesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_IMAGE:
          serviceImpl.updateImage((provisioner.v1.UpdateImageRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.UpdateImageResponse>) responseObserver);
          break;
        case METHODID_DELETE_IMAGE:
          serviceImpl.deleteImage((provisioner.v1.DeleteImageRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DeleteImageResponse>) responseObserver);
          break;
        case METHODID_GET_IMAGING_JOB:
          serviceImpl.getImagingJob((provisioner.v1.GetImagingJobRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetImagingJobResponse>) responseObserver);
          break;
        case METHODID_LIST_IMAGING_JOBS:
          serviceImpl.listImagingJobs((provisioner.v1.ListImagingJobsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListImagingJobsResponse>) responseObserver);
          break;
        case METHODID_CANCEL_IMAGING_JOB:
          serviceImpl.cancelImagingJob((provisioner.v1.CancelImagingJobRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CancelImagingJobResponse>) responseObserver);
          break;
        case METHODID_WATCH_IMAGING_JOBS:
          serviceImpl.watchImagingJobs((provisioner.v1.WatchImagingJobsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.WatchImagingJobsResponse>) responseObserver);
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
          getCaptureImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CaptureImageRequest,
              provisioner.v1.CaptureImageResponse>(
                service, METHODID_CAPTURE_IMAGE)))
        .addMethod(
          getDeployImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DeployImageRequest,
              provisioner.v1.DeployImageResponse>(
                service, METHODID_DEPLOY_IMAGE)))
        .addMethod(
          getGetImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetImageRequest,
              provisioner.v1.GetImageResponse>(
                service, METHODID_GET_IMAGE)))
        .addMethod(
          getListImagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListImagesRequest,
              provisioner.v1.ListImagesResponse>(
                service, METHODID_LIST_IMAGES)))
        .addMethod(
          getUpdateImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.UpdateImageRequest,
              provisioner.v1.UpdateImageResponse>(
                service, METHODID_UPDATE_IMAGE)))
        .addMethod(
          getDeleteImageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DeleteImageRequest,
              provisioner.v1.DeleteImageResponse>(
                service, METHODID_DELETE_IMAGE)))
        .addMethod(
          getGetImagingJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetImagingJobRequest,
              provisioner.v1.GetImagingJobResponse>(
                service, METHODID_GET_IMAGING_JOB)))
        .addMethod(
          getListImagingJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListImagingJobsRequest,
              provisioner.v1.ListImagingJobsResponse>(
                service, METHODID_LIST_IMAGING_JOBS)))
        .addMethod(
          getCancelImagingJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CancelImagingJobRequest,
              provisioner.v1.CancelImagingJobResponse>(
                service, METHODID_CANCEL_IMAGING_JOB)))
        .addMethod(
          getWatchImagingJobsMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              provisioner.v1.WatchImagingJobsRequest,
              provisioner.v1.WatchImagingJobsResponse>(
                service, METHODID_WATCH_IMAGING_JOBS)))
        .build();
  }

  private static abstract class ImagingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ImagingServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return provisioner.v1.ImagingServiceOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ImagingService");
    }
  }

  private static final class ImagingServiceFileDescriptorSupplier
      extends ImagingServiceBaseDescriptorSupplier {
    ImagingServiceFileDescriptorSupplier() {}
  }

  private static final class ImagingServiceMethodDescriptorSupplier
      extends ImagingServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ImagingServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ImagingServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ImagingServiceFileDescriptorSupplier())
              .addMethod(getCaptureImageMethod())
              .addMethod(getDeployImageMethod())
              .addMethod(getGetImageMethod())
              .addMethod(getListImagesMethod())
              .addMethod(getUpdateImageMethod())
              .addMethod(getDeleteImageMethod())
              .addMethod(getGetImagingJobMethod())
              .addMethod(getListImagingJobsMethod())
              .addMethod(getCancelImagingJobMethod())
              .addMethod(getWatchImagingJobsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
