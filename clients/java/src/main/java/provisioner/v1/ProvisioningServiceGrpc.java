package provisioner.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Provisioning: the catalogue of operating systems and answer-file
 * templates, the hosts, one-shot network installs, BMC power, and a watch
 * stream of what happens to the hosts. Every method needs a session of an
 * APID granted the provisioning scope.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ProvisioningServiceGrpc {

  private ProvisioningServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "provisioner.v1.ProvisioningService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> getCreateOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOperatingSystem",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> getCreateOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> getCreateOperatingSystemMethod;
    if ((getCreateOperatingSystemMethod = ProvisioningServiceGrpc.getCreateOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateOperatingSystemMethod = ProvisioningServiceGrpc.getCreateOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getCreateOperatingSystemMethod = getCreateOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateOperatingSystem"))
              .build();
        }
      }
    }
    return getCreateOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> getGetOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOperatingSystem",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> getGetOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> getGetOperatingSystemMethod;
    if ((getGetOperatingSystemMethod = ProvisioningServiceGrpc.getGetOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetOperatingSystemMethod = ProvisioningServiceGrpc.getGetOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getGetOperatingSystemMethod = getGetOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetOperatingSystem"))
              .build();
        }
      }
    }
    return getGetOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> getListOperatingSystemsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOperatingSystems",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> getListOperatingSystemsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> getListOperatingSystemsMethod;
    if ((getListOperatingSystemsMethod = ProvisioningServiceGrpc.getListOperatingSystemsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListOperatingSystemsMethod = ProvisioningServiceGrpc.getListOperatingSystemsMethod) == null) {
          ProvisioningServiceGrpc.getListOperatingSystemsMethod = getListOperatingSystemsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOperatingSystems"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListOperatingSystems"))
              .build();
        }
      }
    }
    return getListOperatingSystemsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOperatingSystem",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod;
    if ((getUpdateOperatingSystemMethod = ProvisioningServiceGrpc.getUpdateOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateOperatingSystemMethod = ProvisioningServiceGrpc.getUpdateOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getUpdateOperatingSystemMethod = getUpdateOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateOperatingSystem"))
              .build();
        }
      }
    }
    return getUpdateOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteOperatingSystem",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod;
    if ((getDeleteOperatingSystemMethod = ProvisioningServiceGrpc.getDeleteOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteOperatingSystemMethod = ProvisioningServiceGrpc.getDeleteOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getDeleteOperatingSystemMethod = getDeleteOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteOperatingSystem"))
              .build();
        }
      }
    }
    return getDeleteOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> getCreateTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTemplate",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> getCreateTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> getCreateTemplateMethod;
    if ((getCreateTemplateMethod = ProvisioningServiceGrpc.getCreateTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateTemplateMethod = ProvisioningServiceGrpc.getCreateTemplateMethod) == null) {
          ProvisioningServiceGrpc.getCreateTemplateMethod = getCreateTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateTemplate"))
              .build();
        }
      }
    }
    return getCreateTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> getGetTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTemplate",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> getGetTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> getGetTemplateMethod;
    if ((getGetTemplateMethod = ProvisioningServiceGrpc.getGetTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetTemplateMethod = ProvisioningServiceGrpc.getGetTemplateMethod) == null) {
          ProvisioningServiceGrpc.getGetTemplateMethod = getGetTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetTemplate"))
              .build();
        }
      }
    }
    return getGetTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> getListTemplatesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTemplates",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> getListTemplatesMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest, provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> getListTemplatesMethod;
    if ((getListTemplatesMethod = ProvisioningServiceGrpc.getListTemplatesMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListTemplatesMethod = ProvisioningServiceGrpc.getListTemplatesMethod) == null) {
          ProvisioningServiceGrpc.getListTemplatesMethod = getListTemplatesMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest, provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTemplates"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListTemplates"))
              .build();
        }
      }
    }
    return getListTemplatesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> getUpdateTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTemplate",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> getUpdateTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> getUpdateTemplateMethod;
    if ((getUpdateTemplateMethod = ProvisioningServiceGrpc.getUpdateTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateTemplateMethod = ProvisioningServiceGrpc.getUpdateTemplateMethod) == null) {
          ProvisioningServiceGrpc.getUpdateTemplateMethod = getUpdateTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateTemplate"))
              .build();
        }
      }
    }
    return getUpdateTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> getDeleteTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTemplate",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> getDeleteTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> getDeleteTemplateMethod;
    if ((getDeleteTemplateMethod = ProvisioningServiceGrpc.getDeleteTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteTemplateMethod = ProvisioningServiceGrpc.getDeleteTemplateMethod) == null) {
          ProvisioningServiceGrpc.getDeleteTemplateMethod = getDeleteTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteTemplate"))
              .build();
        }
      }
    }
    return getDeleteTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> getCreateHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateHost",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> getCreateHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> getCreateHostMethod;
    if ((getCreateHostMethod = ProvisioningServiceGrpc.getCreateHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateHostMethod = ProvisioningServiceGrpc.getCreateHostMethod) == null) {
          ProvisioningServiceGrpc.getCreateHostMethod = getCreateHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateHost"))
              .build();
        }
      }
    }
    return getCreateHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> getGetHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHost",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> getGetHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest, provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> getGetHostMethod;
    if ((getGetHostMethod = ProvisioningServiceGrpc.getGetHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetHostMethod = ProvisioningServiceGrpc.getGetHostMethod) == null) {
          ProvisioningServiceGrpc.getGetHostMethod = getGetHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest, provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetHost"))
              .build();
        }
      }
    }
    return getGetHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> getListHostsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListHosts",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> getListHostsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> getListHostsMethod;
    if ((getListHostsMethod = ProvisioningServiceGrpc.getListHostsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListHostsMethod = ProvisioningServiceGrpc.getListHostsMethod) == null) {
          ProvisioningServiceGrpc.getListHostsMethod = getListHostsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListHosts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListHosts"))
              .build();
        }
      }
    }
    return getListHostsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> getUpdateHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateHost",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> getUpdateHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> getUpdateHostMethod;
    if ((getUpdateHostMethod = ProvisioningServiceGrpc.getUpdateHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateHostMethod = ProvisioningServiceGrpc.getUpdateHostMethod) == null) {
          ProvisioningServiceGrpc.getUpdateHostMethod = getUpdateHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest, provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateHost"))
              .build();
        }
      }
    }
    return getUpdateHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> getDeleteHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteHost",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest,
      provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> getDeleteHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> getDeleteHostMethod;
    if ((getDeleteHostMethod = ProvisioningServiceGrpc.getDeleteHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteHostMethod = ProvisioningServiceGrpc.getDeleteHostMethod) == null) {
          ProvisioningServiceGrpc.getDeleteHostMethod = getDeleteHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest, provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteHost"))
              .build();
        }
      }
    }
    return getDeleteHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> getPreviewProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PreviewProvisioning",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> getPreviewProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> getPreviewProvisioningMethod;
    if ((getPreviewProvisioningMethod = ProvisioningServiceGrpc.getPreviewProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getPreviewProvisioningMethod = ProvisioningServiceGrpc.getPreviewProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getPreviewProvisioningMethod = getPreviewProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PreviewProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("PreviewProvisioning"))
              .build();
        }
      }
    }
    return getPreviewProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> getCreateProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateProvisioning",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> getCreateProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> getCreateProvisioningMethod;
    if ((getCreateProvisioningMethod = ProvisioningServiceGrpc.getCreateProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateProvisioningMethod = ProvisioningServiceGrpc.getCreateProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getCreateProvisioningMethod = getCreateProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateProvisioning"))
              .build();
        }
      }
    }
    return getCreateProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> getGetProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProvisioning",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> getGetProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> getGetProvisioningMethod;
    if ((getGetProvisioningMethod = ProvisioningServiceGrpc.getGetProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetProvisioningMethod = ProvisioningServiceGrpc.getGetProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getGetProvisioningMethod = getGetProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetProvisioning"))
              .build();
        }
      }
    }
    return getGetProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> getListProvisioningsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListProvisionings",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> getListProvisioningsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> getListProvisioningsMethod;
    if ((getListProvisioningsMethod = ProvisioningServiceGrpc.getListProvisioningsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListProvisioningsMethod = ProvisioningServiceGrpc.getListProvisioningsMethod) == null) {
          ProvisioningServiceGrpc.getListProvisioningsMethod = getListProvisioningsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest, provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListProvisionings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListProvisionings"))
              .build();
        }
      }
    }
    return getListProvisioningsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> getCancelProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelProvisioning",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest,
      provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> getCancelProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> getCancelProvisioningMethod;
    if ((getCancelProvisioningMethod = ProvisioningServiceGrpc.getCancelProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCancelProvisioningMethod = ProvisioningServiceGrpc.getCancelProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getCancelProvisioningMethod = getCancelProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest, provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CancelProvisioning"))
              .build();
        }
      }
    }
    return getCancelProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> getGetHostPowerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHostPower",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest,
      provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> getGetHostPowerMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest, provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> getGetHostPowerMethod;
    if ((getGetHostPowerMethod = ProvisioningServiceGrpc.getGetHostPowerMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetHostPowerMethod = ProvisioningServiceGrpc.getGetHostPowerMethod) == null) {
          ProvisioningServiceGrpc.getGetHostPowerMethod = getGetHostPowerMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest, provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHostPower"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetHostPower"))
              .build();
        }
      }
    }
    return getGetHostPowerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest,
      provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> getSetHostPowerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHostPower",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest,
      provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> getSetHostPowerMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest, provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> getSetHostPowerMethod;
    if ((getSetHostPowerMethod = ProvisioningServiceGrpc.getSetHostPowerMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getSetHostPowerMethod = ProvisioningServiceGrpc.getSetHostPowerMethod) == null) {
          ProvisioningServiceGrpc.getSetHostPowerMethod = getSetHostPowerMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest, provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHostPower"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("SetHostPower"))
              .build();
        }
      }
    }
    return getSetHostPowerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest,
      provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHostNetworkBootOnce",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest,
      provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest, provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod;
    if ((getSetHostNetworkBootOnceMethod = ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getSetHostNetworkBootOnceMethod = ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod) == null) {
          ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod = getSetHostNetworkBootOnceMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest, provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHostNetworkBootOnce"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("SetHostNetworkBootOnce"))
              .build();
        }
      }
    }
    return getSetHostNetworkBootOnceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> getWatchEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchEvents",
      requestType = provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest.class,
      responseType = provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest,
      provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> getWatchEventsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest, provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> getWatchEventsMethod;
    if ((getWatchEventsMethod = ProvisioningServiceGrpc.getWatchEventsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getWatchEventsMethod = ProvisioningServiceGrpc.getWatchEventsMethod) == null) {
          ProvisioningServiceGrpc.getWatchEventsMethod = getWatchEventsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest, provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("WatchEvents"))
              .build();
        }
      }
    }
    return getWatchEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ProvisioningServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceStub>() {
        @java.lang.Override
        public ProvisioningServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProvisioningServiceStub(channel, callOptions);
        }
      };
    return ProvisioningServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ProvisioningServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceBlockingV2Stub>() {
        @java.lang.Override
        public ProvisioningServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProvisioningServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ProvisioningServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ProvisioningServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceBlockingStub>() {
        @java.lang.Override
        public ProvisioningServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProvisioningServiceBlockingStub(channel, callOptions);
        }
      };
    return ProvisioningServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ProvisioningServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProvisioningServiceFutureStub>() {
        @java.lang.Override
        public ProvisioningServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProvisioningServiceFutureStub(channel, callOptions);
        }
      };
    return ProvisioningServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an operating system.
     * </pre>
     */
    default void createOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    default void getOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    default void listOperatingSystems(provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOperatingSystemsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    default void updateOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    default void deleteOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    default void createTemplate(provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    default void getTemplate(provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    default void listTemplates(provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTemplatesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    default void updateTemplate(provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    default void deleteTemplate(provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    default void createHost(provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    default void getHost(provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    default void listHosts(provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListHostsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    default void updateHost(provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    default void deleteHost(provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    default void previewProvisioning(provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPreviewProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    default void createProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    default void getProvisioning(provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    default void listProvisionings(provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListProvisioningsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    default void cancelProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    default void getHostPower(provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHostPowerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    default void setHostPower(provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetHostPowerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    default void setHostNetworkBootOnce(provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetHostNetworkBootOnceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the events of one host, or of every host, as they happen. After a
     * reconnect, pass the cursor of the last event received to resume: no event
     * is lost or repeated. Events come from the shared database, so a stream sees
     * the events of every server of the deployment. The response headers arrive
     * once the stream's start is fixed: wait for them before acting (arming, say)
     * and no event of that action is missed.
     * </pre>
     */
    default void watchEvents(provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchEventsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ProvisioningService.
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public static abstract class ProvisioningServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ProvisioningServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ProvisioningService.
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public static final class ProvisioningServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ProvisioningServiceStub> {
    private ProvisioningServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProvisioningServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProvisioningServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an operating system.
     * </pre>
     */
    public void createOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public void getOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public void listOperatingSystems(provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOperatingSystemsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public void updateOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public void deleteOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public void createTemplate(provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public void getTemplate(provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public void listTemplates(provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTemplatesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public void updateTemplate(provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public void deleteTemplate(provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public void createHost(provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public void getHost(provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public void listHosts(provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListHostsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public void updateHost(provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public void deleteHost(provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public void previewProvisioning(provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPreviewProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    public void createProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public void getProvisioning(provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public void listProvisionings(provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListProvisioningsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public void cancelProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public void getHostPower(provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHostPowerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public void setHostPower(provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetHostPowerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public void setHostNetworkBootOnce(provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetHostNetworkBootOnceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the events of one host, or of every host, as they happen. After a
     * reconnect, pass the cursor of the last event received to resume: no event
     * is lost or repeated. Events come from the shared database, so a stream sees
     * the events of every server of the deployment. The response headers arrive
     * once the stream's start is fixed: wait for them before acting (arming, say)
     * and no event of that action is missed.
     * </pre>
     */
    public void watchEvents(provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ProvisioningService.
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public static final class ProvisioningServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ProvisioningServiceBlockingV2Stub> {
    private ProvisioningServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProvisioningServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProvisioningServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse createOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse getOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse listOperatingSystems(provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOperatingSystemsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse updateOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse deleteOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse createTemplate(provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse getTemplate(provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse listTemplates(provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTemplatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse updateTemplate(provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse deleteTemplate(provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse createHost(provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse getHost(provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse listHosts(provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListHostsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse updateHost(provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse deleteHost(provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse previewProvisioning(provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPreviewProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse createProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse getProvisioning(provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse listProvisionings(provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListProvisioningsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse cancelProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse getHostPower(provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse setHostPower(provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse setHostNetworkBootOnce(provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetHostNetworkBootOnceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the events of one host, or of every host, as they happen. After a
     * reconnect, pass the cursor of the last event received to resume: no event
     * is lost or repeated. Events come from the shared database, so a stream sees
     * the events of every server of the deployment. The response headers arrive
     * once the stream's start is fixed: wait for them before acting (arming, say)
     * and no event of that action is missed.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse>
        watchEvents(provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ProvisioningService.
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public static final class ProvisioningServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ProvisioningServiceBlockingStub> {
    private ProvisioningServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProvisioningServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProvisioningServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse createOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse getOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse listOperatingSystems(provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOperatingSystemsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse updateOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse deleteOperatingSystem(provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse createTemplate(provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse getTemplate(provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse listTemplates(provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTemplatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse updateTemplate(provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse deleteTemplate(provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse createHost(provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse getHost(provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse listHosts(provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListHostsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse updateHost(provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse deleteHost(provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse previewProvisioning(provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPreviewProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse createProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse getProvisioning(provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse listProvisionings(provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListProvisioningsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse cancelProvisioning(provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse getHostPower(provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse setHostPower(provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse setHostNetworkBootOnce(provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetHostNetworkBootOnceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the events of one host, or of every host, as they happen. After a
     * reconnect, pass the cursor of the last event received to resume: no event
     * is lost or repeated. Events come from the shared database, so a stream sees
     * the events of every server of the deployment. The response headers arrive
     * once the stream's start is fixed: wait for them before acting (arming, say)
     * and no event of that action is missed.
     * </pre>
     */
    public java.util.Iterator<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse> watchEvents(
        provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ProvisioningService.
   * <pre>
   * Provisioning: the catalogue of operating systems and answer-file
   * templates, the hosts, one-shot network installs, BMC power, and a watch
   * stream of what happens to the hosts. Every method needs a session of an
   * APID granted the provisioning scope.
   * </pre>
   */
  public static final class ProvisioningServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ProvisioningServiceFutureStub> {
    private ProvisioningServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProvisioningServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProvisioningServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an operating system.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse> createOperatingSystem(
        provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse> getOperatingSystem(
        provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse> listOperatingSystems(
        provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOperatingSystemsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse> updateOperatingSystem(
        provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse> deleteOperatingSystem(
        provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse> createTemplate(
        provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse> getTemplate(
        provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse> listTemplates(
        provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTemplatesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse> updateTemplate(
        provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse> deleteTemplate(
        provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse> createHost(
        provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse> getHost(
        provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse> listHosts(
        provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListHostsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse> updateHost(
        provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse> deleteHost(
        provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse> previewProvisioning(
        provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPreviewProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse> createProvisioning(
        provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse> getProvisioning(
        provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse> listProvisionings(
        provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListProvisioningsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse> cancelProvisioning(
        provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse> getHostPower(
        provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHostPowerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse> setHostPower(
        provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetHostPowerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse> setHostNetworkBootOnce(
        provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetHostNetworkBootOnceMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_OPERATING_SYSTEM = 0;
  private static final int METHODID_GET_OPERATING_SYSTEM = 1;
  private static final int METHODID_LIST_OPERATING_SYSTEMS = 2;
  private static final int METHODID_UPDATE_OPERATING_SYSTEM = 3;
  private static final int METHODID_DELETE_OPERATING_SYSTEM = 4;
  private static final int METHODID_CREATE_TEMPLATE = 5;
  private static final int METHODID_GET_TEMPLATE = 6;
  private static final int METHODID_LIST_TEMPLATES = 7;
  private static final int METHODID_UPDATE_TEMPLATE = 8;
  private static final int METHODID_DELETE_TEMPLATE = 9;
  private static final int METHODID_CREATE_HOST = 10;
  private static final int METHODID_GET_HOST = 11;
  private static final int METHODID_LIST_HOSTS = 12;
  private static final int METHODID_UPDATE_HOST = 13;
  private static final int METHODID_DELETE_HOST = 14;
  private static final int METHODID_PREVIEW_PROVISIONING = 15;
  private static final int METHODID_CREATE_PROVISIONING = 16;
  private static final int METHODID_GET_PROVISIONING = 17;
  private static final int METHODID_LIST_PROVISIONINGS = 18;
  private static final int METHODID_CANCEL_PROVISIONING = 19;
  private static final int METHODID_GET_HOST_POWER = 20;
  private static final int METHODID_SET_HOST_POWER = 21;
  private static final int METHODID_SET_HOST_NETWORK_BOOT_ONCE = 22;
  private static final int METHODID_WATCH_EVENTS = 23;

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
        case METHODID_CREATE_OPERATING_SYSTEM:
          serviceImpl.createOperatingSystem((provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_GET_OPERATING_SYSTEM:
          serviceImpl.getOperatingSystem((provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_LIST_OPERATING_SYSTEMS:
          serviceImpl.listOperatingSystems((provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_OPERATING_SYSTEM:
          serviceImpl.updateOperatingSystem((provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_DELETE_OPERATING_SYSTEM:
          serviceImpl.deleteOperatingSystem((provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_CREATE_TEMPLATE:
          serviceImpl.createTemplate((provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse>) responseObserver);
          break;
        case METHODID_GET_TEMPLATE:
          serviceImpl.getTemplate((provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse>) responseObserver);
          break;
        case METHODID_LIST_TEMPLATES:
          serviceImpl.listTemplates((provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TEMPLATE:
          serviceImpl.updateTemplate((provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse>) responseObserver);
          break;
        case METHODID_DELETE_TEMPLATE:
          serviceImpl.deleteTemplate((provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse>) responseObserver);
          break;
        case METHODID_CREATE_HOST:
          serviceImpl.createHost((provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse>) responseObserver);
          break;
        case METHODID_GET_HOST:
          serviceImpl.getHost((provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse>) responseObserver);
          break;
        case METHODID_LIST_HOSTS:
          serviceImpl.listHosts((provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_HOST:
          serviceImpl.updateHost((provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse>) responseObserver);
          break;
        case METHODID_DELETE_HOST:
          serviceImpl.deleteHost((provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse>) responseObserver);
          break;
        case METHODID_PREVIEW_PROVISIONING:
          serviceImpl.previewProvisioning((provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse>) responseObserver);
          break;
        case METHODID_CREATE_PROVISIONING:
          serviceImpl.createProvisioning((provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse>) responseObserver);
          break;
        case METHODID_GET_PROVISIONING:
          serviceImpl.getProvisioning((provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse>) responseObserver);
          break;
        case METHODID_LIST_PROVISIONINGS:
          serviceImpl.listProvisionings((provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse>) responseObserver);
          break;
        case METHODID_CANCEL_PROVISIONING:
          serviceImpl.cancelProvisioning((provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse>) responseObserver);
          break;
        case METHODID_GET_HOST_POWER:
          serviceImpl.getHostPower((provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse>) responseObserver);
          break;
        case METHODID_SET_HOST_POWER:
          serviceImpl.setHostPower((provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse>) responseObserver);
          break;
        case METHODID_SET_HOST_NETWORK_BOOT_ONCE:
          serviceImpl.setHostNetworkBootOnce((provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse>) responseObserver);
          break;
        case METHODID_WATCH_EVENTS:
          serviceImpl.watchEvents((provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse>) responseObserver);
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
          getCreateOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemRequest,
              provisioner.v1.ProvisioningServiceOuterClass.CreateOperatingSystemResponse>(
                service, METHODID_CREATE_OPERATING_SYSTEM)))
        .addMethod(
          getGetOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemRequest,
              provisioner.v1.ProvisioningServiceOuterClass.GetOperatingSystemResponse>(
                service, METHODID_GET_OPERATING_SYSTEM)))
        .addMethod(
          getListOperatingSystemsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsRequest,
              provisioner.v1.ProvisioningServiceOuterClass.ListOperatingSystemsResponse>(
                service, METHODID_LIST_OPERATING_SYSTEMS)))
        .addMethod(
          getUpdateOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemRequest,
              provisioner.v1.ProvisioningServiceOuterClass.UpdateOperatingSystemResponse>(
                service, METHODID_UPDATE_OPERATING_SYSTEM)))
        .addMethod(
          getDeleteOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemRequest,
              provisioner.v1.ProvisioningServiceOuterClass.DeleteOperatingSystemResponse>(
                service, METHODID_DELETE_OPERATING_SYSTEM)))
        .addMethod(
          getCreateTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateRequest,
              provisioner.v1.ProvisioningServiceOuterClass.CreateTemplateResponse>(
                service, METHODID_CREATE_TEMPLATE)))
        .addMethod(
          getGetTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.GetTemplateRequest,
              provisioner.v1.ProvisioningServiceOuterClass.GetTemplateResponse>(
                service, METHODID_GET_TEMPLATE)))
        .addMethod(
          getListTemplatesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesRequest,
              provisioner.v1.ProvisioningServiceOuterClass.ListTemplatesResponse>(
                service, METHODID_LIST_TEMPLATES)))
        .addMethod(
          getUpdateTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateRequest,
              provisioner.v1.ProvisioningServiceOuterClass.UpdateTemplateResponse>(
                service, METHODID_UPDATE_TEMPLATE)))
        .addMethod(
          getDeleteTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateRequest,
              provisioner.v1.ProvisioningServiceOuterClass.DeleteTemplateResponse>(
                service, METHODID_DELETE_TEMPLATE)))
        .addMethod(
          getCreateHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.CreateHostRequest,
              provisioner.v1.ProvisioningServiceOuterClass.CreateHostResponse>(
                service, METHODID_CREATE_HOST)))
        .addMethod(
          getGetHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.GetHostRequest,
              provisioner.v1.ProvisioningServiceOuterClass.GetHostResponse>(
                service, METHODID_GET_HOST)))
        .addMethod(
          getListHostsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.ListHostsRequest,
              provisioner.v1.ProvisioningServiceOuterClass.ListHostsResponse>(
                service, METHODID_LIST_HOSTS)))
        .addMethod(
          getUpdateHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.UpdateHostRequest,
              provisioner.v1.ProvisioningServiceOuterClass.UpdateHostResponse>(
                service, METHODID_UPDATE_HOST)))
        .addMethod(
          getDeleteHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.DeleteHostRequest,
              provisioner.v1.ProvisioningServiceOuterClass.DeleteHostResponse>(
                service, METHODID_DELETE_HOST)))
        .addMethod(
          getPreviewProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningRequest,
              provisioner.v1.ProvisioningServiceOuterClass.PreviewProvisioningResponse>(
                service, METHODID_PREVIEW_PROVISIONING)))
        .addMethod(
          getCreateProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningRequest,
              provisioner.v1.ProvisioningServiceOuterClass.CreateProvisioningResponse>(
                service, METHODID_CREATE_PROVISIONING)))
        .addMethod(
          getGetProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningRequest,
              provisioner.v1.ProvisioningServiceOuterClass.GetProvisioningResponse>(
                service, METHODID_GET_PROVISIONING)))
        .addMethod(
          getListProvisioningsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsRequest,
              provisioner.v1.ProvisioningServiceOuterClass.ListProvisioningsResponse>(
                service, METHODID_LIST_PROVISIONINGS)))
        .addMethod(
          getCancelProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningRequest,
              provisioner.v1.ProvisioningServiceOuterClass.CancelProvisioningResponse>(
                service, METHODID_CANCEL_PROVISIONING)))
        .addMethod(
          getGetHostPowerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerRequest,
              provisioner.v1.ProvisioningServiceOuterClass.GetHostPowerResponse>(
                service, METHODID_GET_HOST_POWER)))
        .addMethod(
          getSetHostPowerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerRequest,
              provisioner.v1.ProvisioningServiceOuterClass.SetHostPowerResponse>(
                service, METHODID_SET_HOST_POWER)))
        .addMethod(
          getSetHostNetworkBootOnceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceRequest,
              provisioner.v1.ProvisioningServiceOuterClass.SetHostNetworkBootOnceResponse>(
                service, METHODID_SET_HOST_NETWORK_BOOT_ONCE)))
        .addMethod(
          getWatchEventsMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              provisioner.v1.ProvisioningServiceOuterClass.WatchEventsRequest,
              provisioner.v1.ProvisioningServiceOuterClass.WatchEventsResponse>(
                service, METHODID_WATCH_EVENTS)))
        .build();
  }

  private static abstract class ProvisioningServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ProvisioningServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return provisioner.v1.ProvisioningServiceOuterClass.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ProvisioningService");
    }
  }

  private static final class ProvisioningServiceFileDescriptorSupplier
      extends ProvisioningServiceBaseDescriptorSupplier {
    ProvisioningServiceFileDescriptorSupplier() {}
  }

  private static final class ProvisioningServiceMethodDescriptorSupplier
      extends ProvisioningServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ProvisioningServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ProvisioningServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ProvisioningServiceFileDescriptorSupplier())
              .addMethod(getCreateOperatingSystemMethod())
              .addMethod(getGetOperatingSystemMethod())
              .addMethod(getListOperatingSystemsMethod())
              .addMethod(getUpdateOperatingSystemMethod())
              .addMethod(getDeleteOperatingSystemMethod())
              .addMethod(getCreateTemplateMethod())
              .addMethod(getGetTemplateMethod())
              .addMethod(getListTemplatesMethod())
              .addMethod(getUpdateTemplateMethod())
              .addMethod(getDeleteTemplateMethod())
              .addMethod(getCreateHostMethod())
              .addMethod(getGetHostMethod())
              .addMethod(getListHostsMethod())
              .addMethod(getUpdateHostMethod())
              .addMethod(getDeleteHostMethod())
              .addMethod(getPreviewProvisioningMethod())
              .addMethod(getCreateProvisioningMethod())
              .addMethod(getGetProvisioningMethod())
              .addMethod(getListProvisioningsMethod())
              .addMethod(getCancelProvisioningMethod())
              .addMethod(getGetHostPowerMethod())
              .addMethod(getSetHostPowerMethod())
              .addMethod(getSetHostNetworkBootOnceMethod())
              .addMethod(getWatchEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
