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
  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CreateOperatingSystemRequest,
      provisioner.v1.CreateOperatingSystemResponse> getCreateOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOperatingSystem",
      requestType = provisioner.v1.CreateOperatingSystemRequest.class,
      responseType = provisioner.v1.CreateOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CreateOperatingSystemRequest,
      provisioner.v1.CreateOperatingSystemResponse> getCreateOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CreateOperatingSystemRequest, provisioner.v1.CreateOperatingSystemResponse> getCreateOperatingSystemMethod;
    if ((getCreateOperatingSystemMethod = ProvisioningServiceGrpc.getCreateOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateOperatingSystemMethod = ProvisioningServiceGrpc.getCreateOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getCreateOperatingSystemMethod = getCreateOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CreateOperatingSystemRequest, provisioner.v1.CreateOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateOperatingSystem"))
              .build();
        }
      }
    }
    return getCreateOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetOperatingSystemRequest,
      provisioner.v1.GetOperatingSystemResponse> getGetOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOperatingSystem",
      requestType = provisioner.v1.GetOperatingSystemRequest.class,
      responseType = provisioner.v1.GetOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetOperatingSystemRequest,
      provisioner.v1.GetOperatingSystemResponse> getGetOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetOperatingSystemRequest, provisioner.v1.GetOperatingSystemResponse> getGetOperatingSystemMethod;
    if ((getGetOperatingSystemMethod = ProvisioningServiceGrpc.getGetOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetOperatingSystemMethod = ProvisioningServiceGrpc.getGetOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getGetOperatingSystemMethod = getGetOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetOperatingSystemRequest, provisioner.v1.GetOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetOperatingSystem"))
              .build();
        }
      }
    }
    return getGetOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListOperatingSystemsRequest,
      provisioner.v1.ListOperatingSystemsResponse> getListOperatingSystemsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOperatingSystems",
      requestType = provisioner.v1.ListOperatingSystemsRequest.class,
      responseType = provisioner.v1.ListOperatingSystemsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListOperatingSystemsRequest,
      provisioner.v1.ListOperatingSystemsResponse> getListOperatingSystemsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListOperatingSystemsRequest, provisioner.v1.ListOperatingSystemsResponse> getListOperatingSystemsMethod;
    if ((getListOperatingSystemsMethod = ProvisioningServiceGrpc.getListOperatingSystemsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListOperatingSystemsMethod = ProvisioningServiceGrpc.getListOperatingSystemsMethod) == null) {
          ProvisioningServiceGrpc.getListOperatingSystemsMethod = getListOperatingSystemsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListOperatingSystemsRequest, provisioner.v1.ListOperatingSystemsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOperatingSystems"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListOperatingSystemsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListOperatingSystemsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListOperatingSystems"))
              .build();
        }
      }
    }
    return getListOperatingSystemsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.UpdateOperatingSystemRequest,
      provisioner.v1.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOperatingSystem",
      requestType = provisioner.v1.UpdateOperatingSystemRequest.class,
      responseType = provisioner.v1.UpdateOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.UpdateOperatingSystemRequest,
      provisioner.v1.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.UpdateOperatingSystemRequest, provisioner.v1.UpdateOperatingSystemResponse> getUpdateOperatingSystemMethod;
    if ((getUpdateOperatingSystemMethod = ProvisioningServiceGrpc.getUpdateOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateOperatingSystemMethod = ProvisioningServiceGrpc.getUpdateOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getUpdateOperatingSystemMethod = getUpdateOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.UpdateOperatingSystemRequest, provisioner.v1.UpdateOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateOperatingSystem"))
              .build();
        }
      }
    }
    return getUpdateOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DeleteOperatingSystemRequest,
      provisioner.v1.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteOperatingSystem",
      requestType = provisioner.v1.DeleteOperatingSystemRequest.class,
      responseType = provisioner.v1.DeleteOperatingSystemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DeleteOperatingSystemRequest,
      provisioner.v1.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DeleteOperatingSystemRequest, provisioner.v1.DeleteOperatingSystemResponse> getDeleteOperatingSystemMethod;
    if ((getDeleteOperatingSystemMethod = ProvisioningServiceGrpc.getDeleteOperatingSystemMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteOperatingSystemMethod = ProvisioningServiceGrpc.getDeleteOperatingSystemMethod) == null) {
          ProvisioningServiceGrpc.getDeleteOperatingSystemMethod = getDeleteOperatingSystemMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DeleteOperatingSystemRequest, provisioner.v1.DeleteOperatingSystemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteOperatingSystem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteOperatingSystemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteOperatingSystemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteOperatingSystem"))
              .build();
        }
      }
    }
    return getDeleteOperatingSystemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CreateTemplateRequest,
      provisioner.v1.CreateTemplateResponse> getCreateTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTemplate",
      requestType = provisioner.v1.CreateTemplateRequest.class,
      responseType = provisioner.v1.CreateTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CreateTemplateRequest,
      provisioner.v1.CreateTemplateResponse> getCreateTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CreateTemplateRequest, provisioner.v1.CreateTemplateResponse> getCreateTemplateMethod;
    if ((getCreateTemplateMethod = ProvisioningServiceGrpc.getCreateTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateTemplateMethod = ProvisioningServiceGrpc.getCreateTemplateMethod) == null) {
          ProvisioningServiceGrpc.getCreateTemplateMethod = getCreateTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CreateTemplateRequest, provisioner.v1.CreateTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateTemplate"))
              .build();
        }
      }
    }
    return getCreateTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetTemplateRequest,
      provisioner.v1.GetTemplateResponse> getGetTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTemplate",
      requestType = provisioner.v1.GetTemplateRequest.class,
      responseType = provisioner.v1.GetTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetTemplateRequest,
      provisioner.v1.GetTemplateResponse> getGetTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetTemplateRequest, provisioner.v1.GetTemplateResponse> getGetTemplateMethod;
    if ((getGetTemplateMethod = ProvisioningServiceGrpc.getGetTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetTemplateMethod = ProvisioningServiceGrpc.getGetTemplateMethod) == null) {
          ProvisioningServiceGrpc.getGetTemplateMethod = getGetTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetTemplateRequest, provisioner.v1.GetTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetTemplate"))
              .build();
        }
      }
    }
    return getGetTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListTemplatesRequest,
      provisioner.v1.ListTemplatesResponse> getListTemplatesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTemplates",
      requestType = provisioner.v1.ListTemplatesRequest.class,
      responseType = provisioner.v1.ListTemplatesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListTemplatesRequest,
      provisioner.v1.ListTemplatesResponse> getListTemplatesMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListTemplatesRequest, provisioner.v1.ListTemplatesResponse> getListTemplatesMethod;
    if ((getListTemplatesMethod = ProvisioningServiceGrpc.getListTemplatesMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListTemplatesMethod = ProvisioningServiceGrpc.getListTemplatesMethod) == null) {
          ProvisioningServiceGrpc.getListTemplatesMethod = getListTemplatesMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListTemplatesRequest, provisioner.v1.ListTemplatesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTemplates"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListTemplatesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListTemplatesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListTemplates"))
              .build();
        }
      }
    }
    return getListTemplatesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.UpdateTemplateRequest,
      provisioner.v1.UpdateTemplateResponse> getUpdateTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTemplate",
      requestType = provisioner.v1.UpdateTemplateRequest.class,
      responseType = provisioner.v1.UpdateTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.UpdateTemplateRequest,
      provisioner.v1.UpdateTemplateResponse> getUpdateTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.UpdateTemplateRequest, provisioner.v1.UpdateTemplateResponse> getUpdateTemplateMethod;
    if ((getUpdateTemplateMethod = ProvisioningServiceGrpc.getUpdateTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateTemplateMethod = ProvisioningServiceGrpc.getUpdateTemplateMethod) == null) {
          ProvisioningServiceGrpc.getUpdateTemplateMethod = getUpdateTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.UpdateTemplateRequest, provisioner.v1.UpdateTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateTemplate"))
              .build();
        }
      }
    }
    return getUpdateTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DeleteTemplateRequest,
      provisioner.v1.DeleteTemplateResponse> getDeleteTemplateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTemplate",
      requestType = provisioner.v1.DeleteTemplateRequest.class,
      responseType = provisioner.v1.DeleteTemplateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DeleteTemplateRequest,
      provisioner.v1.DeleteTemplateResponse> getDeleteTemplateMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DeleteTemplateRequest, provisioner.v1.DeleteTemplateResponse> getDeleteTemplateMethod;
    if ((getDeleteTemplateMethod = ProvisioningServiceGrpc.getDeleteTemplateMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteTemplateMethod = ProvisioningServiceGrpc.getDeleteTemplateMethod) == null) {
          ProvisioningServiceGrpc.getDeleteTemplateMethod = getDeleteTemplateMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DeleteTemplateRequest, provisioner.v1.DeleteTemplateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTemplate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteTemplateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteTemplateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteTemplate"))
              .build();
        }
      }
    }
    return getDeleteTemplateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CreateHostRequest,
      provisioner.v1.CreateHostResponse> getCreateHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateHost",
      requestType = provisioner.v1.CreateHostRequest.class,
      responseType = provisioner.v1.CreateHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CreateHostRequest,
      provisioner.v1.CreateHostResponse> getCreateHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CreateHostRequest, provisioner.v1.CreateHostResponse> getCreateHostMethod;
    if ((getCreateHostMethod = ProvisioningServiceGrpc.getCreateHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateHostMethod = ProvisioningServiceGrpc.getCreateHostMethod) == null) {
          ProvisioningServiceGrpc.getCreateHostMethod = getCreateHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CreateHostRequest, provisioner.v1.CreateHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateHost"))
              .build();
        }
      }
    }
    return getCreateHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetHostRequest,
      provisioner.v1.GetHostResponse> getGetHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHost",
      requestType = provisioner.v1.GetHostRequest.class,
      responseType = provisioner.v1.GetHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetHostRequest,
      provisioner.v1.GetHostResponse> getGetHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetHostRequest, provisioner.v1.GetHostResponse> getGetHostMethod;
    if ((getGetHostMethod = ProvisioningServiceGrpc.getGetHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetHostMethod = ProvisioningServiceGrpc.getGetHostMethod) == null) {
          ProvisioningServiceGrpc.getGetHostMethod = getGetHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetHostRequest, provisioner.v1.GetHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetHost"))
              .build();
        }
      }
    }
    return getGetHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListHostsRequest,
      provisioner.v1.ListHostsResponse> getListHostsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListHosts",
      requestType = provisioner.v1.ListHostsRequest.class,
      responseType = provisioner.v1.ListHostsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListHostsRequest,
      provisioner.v1.ListHostsResponse> getListHostsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListHostsRequest, provisioner.v1.ListHostsResponse> getListHostsMethod;
    if ((getListHostsMethod = ProvisioningServiceGrpc.getListHostsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListHostsMethod = ProvisioningServiceGrpc.getListHostsMethod) == null) {
          ProvisioningServiceGrpc.getListHostsMethod = getListHostsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListHostsRequest, provisioner.v1.ListHostsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListHosts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListHostsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListHostsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListHosts"))
              .build();
        }
      }
    }
    return getListHostsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.UpdateHostRequest,
      provisioner.v1.UpdateHostResponse> getUpdateHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateHost",
      requestType = provisioner.v1.UpdateHostRequest.class,
      responseType = provisioner.v1.UpdateHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.UpdateHostRequest,
      provisioner.v1.UpdateHostResponse> getUpdateHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.UpdateHostRequest, provisioner.v1.UpdateHostResponse> getUpdateHostMethod;
    if ((getUpdateHostMethod = ProvisioningServiceGrpc.getUpdateHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getUpdateHostMethod = ProvisioningServiceGrpc.getUpdateHostMethod) == null) {
          ProvisioningServiceGrpc.getUpdateHostMethod = getUpdateHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.UpdateHostRequest, provisioner.v1.UpdateHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.UpdateHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("UpdateHost"))
              .build();
        }
      }
    }
    return getUpdateHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.DeleteHostRequest,
      provisioner.v1.DeleteHostResponse> getDeleteHostMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteHost",
      requestType = provisioner.v1.DeleteHostRequest.class,
      responseType = provisioner.v1.DeleteHostResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.DeleteHostRequest,
      provisioner.v1.DeleteHostResponse> getDeleteHostMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.DeleteHostRequest, provisioner.v1.DeleteHostResponse> getDeleteHostMethod;
    if ((getDeleteHostMethod = ProvisioningServiceGrpc.getDeleteHostMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getDeleteHostMethod = ProvisioningServiceGrpc.getDeleteHostMethod) == null) {
          ProvisioningServiceGrpc.getDeleteHostMethod = getDeleteHostMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.DeleteHostRequest, provisioner.v1.DeleteHostResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteHost"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteHostRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.DeleteHostResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("DeleteHost"))
              .build();
        }
      }
    }
    return getDeleteHostMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.PreviewProvisioningRequest,
      provisioner.v1.PreviewProvisioningResponse> getPreviewProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PreviewProvisioning",
      requestType = provisioner.v1.PreviewProvisioningRequest.class,
      responseType = provisioner.v1.PreviewProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.PreviewProvisioningRequest,
      provisioner.v1.PreviewProvisioningResponse> getPreviewProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.PreviewProvisioningRequest, provisioner.v1.PreviewProvisioningResponse> getPreviewProvisioningMethod;
    if ((getPreviewProvisioningMethod = ProvisioningServiceGrpc.getPreviewProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getPreviewProvisioningMethod = ProvisioningServiceGrpc.getPreviewProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getPreviewProvisioningMethod = getPreviewProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.PreviewProvisioningRequest, provisioner.v1.PreviewProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PreviewProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.PreviewProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.PreviewProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("PreviewProvisioning"))
              .build();
        }
      }
    }
    return getPreviewProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CreateProvisioningRequest,
      provisioner.v1.CreateProvisioningResponse> getCreateProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateProvisioning",
      requestType = provisioner.v1.CreateProvisioningRequest.class,
      responseType = provisioner.v1.CreateProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CreateProvisioningRequest,
      provisioner.v1.CreateProvisioningResponse> getCreateProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CreateProvisioningRequest, provisioner.v1.CreateProvisioningResponse> getCreateProvisioningMethod;
    if ((getCreateProvisioningMethod = ProvisioningServiceGrpc.getCreateProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCreateProvisioningMethod = ProvisioningServiceGrpc.getCreateProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getCreateProvisioningMethod = getCreateProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CreateProvisioningRequest, provisioner.v1.CreateProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CreateProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CreateProvisioning"))
              .build();
        }
      }
    }
    return getCreateProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetProvisioningRequest,
      provisioner.v1.GetProvisioningResponse> getGetProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProvisioning",
      requestType = provisioner.v1.GetProvisioningRequest.class,
      responseType = provisioner.v1.GetProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetProvisioningRequest,
      provisioner.v1.GetProvisioningResponse> getGetProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetProvisioningRequest, provisioner.v1.GetProvisioningResponse> getGetProvisioningMethod;
    if ((getGetProvisioningMethod = ProvisioningServiceGrpc.getGetProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetProvisioningMethod = ProvisioningServiceGrpc.getGetProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getGetProvisioningMethod = getGetProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetProvisioningRequest, provisioner.v1.GetProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetProvisioning"))
              .build();
        }
      }
    }
    return getGetProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.ListProvisioningsRequest,
      provisioner.v1.ListProvisioningsResponse> getListProvisioningsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListProvisionings",
      requestType = provisioner.v1.ListProvisioningsRequest.class,
      responseType = provisioner.v1.ListProvisioningsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.ListProvisioningsRequest,
      provisioner.v1.ListProvisioningsResponse> getListProvisioningsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.ListProvisioningsRequest, provisioner.v1.ListProvisioningsResponse> getListProvisioningsMethod;
    if ((getListProvisioningsMethod = ProvisioningServiceGrpc.getListProvisioningsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getListProvisioningsMethod = ProvisioningServiceGrpc.getListProvisioningsMethod) == null) {
          ProvisioningServiceGrpc.getListProvisioningsMethod = getListProvisioningsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.ListProvisioningsRequest, provisioner.v1.ListProvisioningsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListProvisionings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListProvisioningsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.ListProvisioningsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("ListProvisionings"))
              .build();
        }
      }
    }
    return getListProvisioningsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.CancelProvisioningRequest,
      provisioner.v1.CancelProvisioningResponse> getCancelProvisioningMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelProvisioning",
      requestType = provisioner.v1.CancelProvisioningRequest.class,
      responseType = provisioner.v1.CancelProvisioningResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.CancelProvisioningRequest,
      provisioner.v1.CancelProvisioningResponse> getCancelProvisioningMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.CancelProvisioningRequest, provisioner.v1.CancelProvisioningResponse> getCancelProvisioningMethod;
    if ((getCancelProvisioningMethod = ProvisioningServiceGrpc.getCancelProvisioningMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getCancelProvisioningMethod = ProvisioningServiceGrpc.getCancelProvisioningMethod) == null) {
          ProvisioningServiceGrpc.getCancelProvisioningMethod = getCancelProvisioningMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.CancelProvisioningRequest, provisioner.v1.CancelProvisioningResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelProvisioning"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CancelProvisioningRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.CancelProvisioningResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("CancelProvisioning"))
              .build();
        }
      }
    }
    return getCancelProvisioningMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.GetHostPowerRequest,
      provisioner.v1.GetHostPowerResponse> getGetHostPowerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHostPower",
      requestType = provisioner.v1.GetHostPowerRequest.class,
      responseType = provisioner.v1.GetHostPowerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.GetHostPowerRequest,
      provisioner.v1.GetHostPowerResponse> getGetHostPowerMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.GetHostPowerRequest, provisioner.v1.GetHostPowerResponse> getGetHostPowerMethod;
    if ((getGetHostPowerMethod = ProvisioningServiceGrpc.getGetHostPowerMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getGetHostPowerMethod = ProvisioningServiceGrpc.getGetHostPowerMethod) == null) {
          ProvisioningServiceGrpc.getGetHostPowerMethod = getGetHostPowerMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.GetHostPowerRequest, provisioner.v1.GetHostPowerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHostPower"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetHostPowerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.GetHostPowerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("GetHostPower"))
              .build();
        }
      }
    }
    return getGetHostPowerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.SetHostPowerRequest,
      provisioner.v1.SetHostPowerResponse> getSetHostPowerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHostPower",
      requestType = provisioner.v1.SetHostPowerRequest.class,
      responseType = provisioner.v1.SetHostPowerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.SetHostPowerRequest,
      provisioner.v1.SetHostPowerResponse> getSetHostPowerMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.SetHostPowerRequest, provisioner.v1.SetHostPowerResponse> getSetHostPowerMethod;
    if ((getSetHostPowerMethod = ProvisioningServiceGrpc.getSetHostPowerMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getSetHostPowerMethod = ProvisioningServiceGrpc.getSetHostPowerMethod) == null) {
          ProvisioningServiceGrpc.getSetHostPowerMethod = getSetHostPowerMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.SetHostPowerRequest, provisioner.v1.SetHostPowerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHostPower"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.SetHostPowerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.SetHostPowerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("SetHostPower"))
              .build();
        }
      }
    }
    return getSetHostPowerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.SetHostNetworkBootOnceRequest,
      provisioner.v1.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetHostNetworkBootOnce",
      requestType = provisioner.v1.SetHostNetworkBootOnceRequest.class,
      responseType = provisioner.v1.SetHostNetworkBootOnceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<provisioner.v1.SetHostNetworkBootOnceRequest,
      provisioner.v1.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.SetHostNetworkBootOnceRequest, provisioner.v1.SetHostNetworkBootOnceResponse> getSetHostNetworkBootOnceMethod;
    if ((getSetHostNetworkBootOnceMethod = ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getSetHostNetworkBootOnceMethod = ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod) == null) {
          ProvisioningServiceGrpc.getSetHostNetworkBootOnceMethod = getSetHostNetworkBootOnceMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.SetHostNetworkBootOnceRequest, provisioner.v1.SetHostNetworkBootOnceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetHostNetworkBootOnce"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.SetHostNetworkBootOnceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.SetHostNetworkBootOnceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProvisioningServiceMethodDescriptorSupplier("SetHostNetworkBootOnce"))
              .build();
        }
      }
    }
    return getSetHostNetworkBootOnceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<provisioner.v1.WatchEventsRequest,
      provisioner.v1.WatchEventsResponse> getWatchEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchEvents",
      requestType = provisioner.v1.WatchEventsRequest.class,
      responseType = provisioner.v1.WatchEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<provisioner.v1.WatchEventsRequest,
      provisioner.v1.WatchEventsResponse> getWatchEventsMethod() {
    io.grpc.MethodDescriptor<provisioner.v1.WatchEventsRequest, provisioner.v1.WatchEventsResponse> getWatchEventsMethod;
    if ((getWatchEventsMethod = ProvisioningServiceGrpc.getWatchEventsMethod) == null) {
      synchronized (ProvisioningServiceGrpc.class) {
        if ((getWatchEventsMethod = ProvisioningServiceGrpc.getWatchEventsMethod) == null) {
          ProvisioningServiceGrpc.getWatchEventsMethod = getWatchEventsMethod =
              io.grpc.MethodDescriptor.<provisioner.v1.WatchEventsRequest, provisioner.v1.WatchEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WatchEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  provisioner.v1.WatchEventsResponse.getDefaultInstance()))
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
    default void createOperatingSystem(provisioner.v1.CreateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    default void getOperatingSystem(provisioner.v1.GetOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    default void listOperatingSystems(provisioner.v1.ListOperatingSystemsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListOperatingSystemsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOperatingSystemsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    default void updateOperatingSystem(provisioner.v1.UpdateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    default void deleteOperatingSystem(provisioner.v1.DeleteOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteOperatingSystemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    default void createTemplate(provisioner.v1.CreateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    default void getTemplate(provisioner.v1.GetTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    default void listTemplates(provisioner.v1.ListTemplatesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListTemplatesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTemplatesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    default void updateTemplate(provisioner.v1.UpdateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    default void deleteTemplate(provisioner.v1.DeleteTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteTemplateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTemplateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    default void createHost(provisioner.v1.CreateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    default void getHost(provisioner.v1.GetHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    default void listHosts(provisioner.v1.ListHostsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListHostsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListHostsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    default void updateHost(provisioner.v1.UpdateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    default void deleteHost(provisioner.v1.DeleteHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteHostResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteHostMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    default void previewProvisioning(provisioner.v1.PreviewProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.PreviewProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPreviewProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Arms a host: its next network boot installs the operating system. With
     * power_cycle, also sets the host's next boot to the network through its BMC
     * and power-cycles it, so the install starts with nobody at the machine.
     * </pre>
     */
    default void createProvisioning(provisioner.v1.CreateProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    default void getProvisioning(provisioner.v1.GetProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    default void listProvisionings(provisioner.v1.ListProvisioningsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListProvisioningsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListProvisioningsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    default void cancelProvisioning(provisioner.v1.CancelProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CancelProvisioningResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelProvisioningMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    default void getHostPower(provisioner.v1.GetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetHostPowerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHostPowerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    default void setHostPower(provisioner.v1.SetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.SetHostPowerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetHostPowerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    default void setHostNetworkBootOnce(provisioner.v1.SetHostNetworkBootOnceRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.SetHostNetworkBootOnceResponse> responseObserver) {
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
    default void watchEvents(provisioner.v1.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WatchEventsResponse> responseObserver) {
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
    public void createOperatingSystem(provisioner.v1.CreateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public void getOperatingSystem(provisioner.v1.GetOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public void listOperatingSystems(provisioner.v1.ListOperatingSystemsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListOperatingSystemsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOperatingSystemsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public void updateOperatingSystem(provisioner.v1.UpdateOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public void deleteOperatingSystem(provisioner.v1.DeleteOperatingSystemRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteOperatingSystemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteOperatingSystemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public void createTemplate(provisioner.v1.CreateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public void getTemplate(provisioner.v1.GetTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public void listTemplates(provisioner.v1.ListTemplatesRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListTemplatesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTemplatesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public void updateTemplate(provisioner.v1.UpdateTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public void deleteTemplate(provisioner.v1.DeleteTemplateRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteTemplateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTemplateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public void createHost(provisioner.v1.CreateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public void getHost(provisioner.v1.GetHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public void listHosts(provisioner.v1.ListHostsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListHostsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListHostsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public void updateHost(provisioner.v1.UpdateHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.UpdateHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public void deleteHost(provisioner.v1.DeleteHostRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.DeleteHostResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteHostMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public void previewProvisioning(provisioner.v1.PreviewProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.PreviewProvisioningResponse> responseObserver) {
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
    public void createProvisioning(provisioner.v1.CreateProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CreateProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public void getProvisioning(provisioner.v1.GetProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public void listProvisionings(provisioner.v1.ListProvisioningsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.ListProvisioningsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListProvisioningsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public void cancelProvisioning(provisioner.v1.CancelProvisioningRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.CancelProvisioningResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelProvisioningMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public void getHostPower(provisioner.v1.GetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.GetHostPowerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHostPowerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public void setHostPower(provisioner.v1.SetHostPowerRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.SetHostPowerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetHostPowerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public void setHostNetworkBootOnce(provisioner.v1.SetHostNetworkBootOnceRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.SetHostNetworkBootOnceResponse> responseObserver) {
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
    public void watchEvents(provisioner.v1.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<provisioner.v1.WatchEventsResponse> responseObserver) {
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
    public provisioner.v1.CreateOperatingSystemResponse createOperatingSystem(provisioner.v1.CreateOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public provisioner.v1.GetOperatingSystemResponse getOperatingSystem(provisioner.v1.GetOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListOperatingSystemsResponse listOperatingSystems(provisioner.v1.ListOperatingSystemsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOperatingSystemsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateOperatingSystemResponse updateOperatingSystem(provisioner.v1.UpdateOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public provisioner.v1.DeleteOperatingSystemResponse deleteOperatingSystem(provisioner.v1.DeleteOperatingSystemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public provisioner.v1.CreateTemplateResponse createTemplate(provisioner.v1.CreateTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public provisioner.v1.GetTemplateResponse getTemplate(provisioner.v1.GetTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListTemplatesResponse listTemplates(provisioner.v1.ListTemplatesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTemplatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateTemplateResponse updateTemplate(provisioner.v1.UpdateTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public provisioner.v1.DeleteTemplateResponse deleteTemplate(provisioner.v1.DeleteTemplateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public provisioner.v1.CreateHostResponse createHost(provisioner.v1.CreateHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public provisioner.v1.GetHostResponse getHost(provisioner.v1.GetHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListHostsResponse listHosts(provisioner.v1.ListHostsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListHostsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateHostResponse updateHost(provisioner.v1.UpdateHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public provisioner.v1.DeleteHostResponse deleteHost(provisioner.v1.DeleteHostRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public provisioner.v1.PreviewProvisioningResponse previewProvisioning(provisioner.v1.PreviewProvisioningRequest request) throws io.grpc.StatusException {
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
    public provisioner.v1.CreateProvisioningResponse createProvisioning(provisioner.v1.CreateProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public provisioner.v1.GetProvisioningResponse getProvisioning(provisioner.v1.GetProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListProvisioningsResponse listProvisionings(provisioner.v1.ListProvisioningsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListProvisioningsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public provisioner.v1.CancelProvisioningResponse cancelProvisioning(provisioner.v1.CancelProvisioningRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCancelProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public provisioner.v1.GetHostPowerResponse getHostPower(provisioner.v1.GetHostPowerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public provisioner.v1.SetHostPowerResponse setHostPower(provisioner.v1.SetHostPowerRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public provisioner.v1.SetHostNetworkBootOnceResponse setHostNetworkBootOnce(provisioner.v1.SetHostNetworkBootOnceRequest request) throws io.grpc.StatusException {
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
    public io.grpc.stub.BlockingClientCall<?, provisioner.v1.WatchEventsResponse>
        watchEvents(provisioner.v1.WatchEventsRequest request) {
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
    public provisioner.v1.CreateOperatingSystemResponse createOperatingSystem(provisioner.v1.CreateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public provisioner.v1.GetOperatingSystemResponse getOperatingSystem(provisioner.v1.GetOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListOperatingSystemsResponse listOperatingSystems(provisioner.v1.ListOperatingSystemsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOperatingSystemsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateOperatingSystemResponse updateOperatingSystem(provisioner.v1.UpdateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public provisioner.v1.DeleteOperatingSystemResponse deleteOperatingSystem(provisioner.v1.DeleteOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteOperatingSystemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public provisioner.v1.CreateTemplateResponse createTemplate(provisioner.v1.CreateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public provisioner.v1.GetTemplateResponse getTemplate(provisioner.v1.GetTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListTemplatesResponse listTemplates(provisioner.v1.ListTemplatesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTemplatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateTemplateResponse updateTemplate(provisioner.v1.UpdateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public provisioner.v1.DeleteTemplateResponse deleteTemplate(provisioner.v1.DeleteTemplateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTemplateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public provisioner.v1.CreateHostResponse createHost(provisioner.v1.CreateHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public provisioner.v1.GetHostResponse getHost(provisioner.v1.GetHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListHostsResponse listHosts(provisioner.v1.ListHostsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListHostsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public provisioner.v1.UpdateHostResponse updateHost(provisioner.v1.UpdateHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public provisioner.v1.DeleteHostResponse deleteHost(provisioner.v1.DeleteHostRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteHostMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public provisioner.v1.PreviewProvisioningResponse previewProvisioning(provisioner.v1.PreviewProvisioningRequest request) {
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
    public provisioner.v1.CreateProvisioningResponse createProvisioning(provisioner.v1.CreateProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public provisioner.v1.GetProvisioningResponse getProvisioning(provisioner.v1.GetProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public provisioner.v1.ListProvisioningsResponse listProvisionings(provisioner.v1.ListProvisioningsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListProvisioningsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public provisioner.v1.CancelProvisioningResponse cancelProvisioning(provisioner.v1.CancelProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelProvisioningMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public provisioner.v1.GetHostPowerResponse getHostPower(provisioner.v1.GetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public provisioner.v1.SetHostPowerResponse setHostPower(provisioner.v1.SetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetHostPowerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public provisioner.v1.SetHostNetworkBootOnceResponse setHostNetworkBootOnce(provisioner.v1.SetHostNetworkBootOnceRequest request) {
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
    public java.util.Iterator<provisioner.v1.WatchEventsResponse> watchEvents(
        provisioner.v1.WatchEventsRequest request) {
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
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CreateOperatingSystemResponse> createOperatingSystem(
        provisioner.v1.CreateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an operating system.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetOperatingSystemResponse> getOperatingSystem(
        provisioner.v1.GetOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists operating systems oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListOperatingSystemsResponse> listOperatingSystems(
        provisioner.v1.ListOperatingSystemsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOperatingSystemsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of an operating system that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.UpdateOperatingSystemResponse> updateOperatingSystem(
        provisioner.v1.UpdateOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an operating system.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DeleteOperatingSystemResponse> deleteOperatingSystem(
        provisioner.v1.DeleteOperatingSystemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteOperatingSystemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CreateTemplateResponse> createTemplate(
        provisioner.v1.CreateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetTemplateResponse> getTemplate(
        provisioner.v1.GetTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists templates oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListTemplatesResponse> listTemplates(
        provisioner.v1.ListTemplatesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTemplatesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a template that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.UpdateTemplateResponse> updateTemplate(
        provisioner.v1.UpdateTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a template.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DeleteTemplateResponse> deleteTemplate(
        provisioner.v1.DeleteTemplateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTemplateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CreateHostResponse> createHost(
        provisioner.v1.CreateHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetHostResponse> getHost(
        provisioner.v1.GetHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists hosts oldest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListHostsResponse> listHosts(
        provisioner.v1.ListHostsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListHostsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the fields of a host that update_mask names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.UpdateHostResponse> updateHost(
        provisioner.v1.UpdateHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a host.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.DeleteHostResponse> deleteHost(
        provisioner.v1.DeleteHostRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteHostMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renders what CreateProvisioning would install, without arming anything, so a
     * control panel can show the settings for confirmation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.PreviewProvisioningResponse> previewProvisioning(
        provisioner.v1.PreviewProvisioningRequest request) {
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
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CreateProvisioningResponse> createProvisioning(
        provisioner.v1.CreateProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a provisioning.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetProvisioningResponse> getProvisioning(
        provisioner.v1.GetProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the provisionings of a host, or of every host with the parent
     * `hosts/-`, newest first, a page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.ListProvisioningsResponse> listProvisionings(
        provisioner.v1.ListProvisioningsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListProvisioningsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Cancels an armed provisioning: the host's next network boot boots from its
     * disk. An install that has started cannot be cancelled.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.CancelProvisioningResponse> cancelProvisioning(
        provisioner.v1.CancelProvisioningRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelProvisioningMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks a host's BMC whether the host is powered on.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.GetHostPowerResponse> getHostPower(
        provisioner.v1.GetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHostPowerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Powers a host on or off, power-cycles or resets it, through its BMC.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.SetHostPowerResponse> setHostPower(
        provisioner.v1.SetHostPowerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetHostPowerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes the host's next boot, and only the next, a network boot, through its
     * BMC.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<provisioner.v1.SetHostNetworkBootOnceResponse> setHostNetworkBootOnce(
        provisioner.v1.SetHostNetworkBootOnceRequest request) {
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
          serviceImpl.createOperatingSystem((provisioner.v1.CreateOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CreateOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_GET_OPERATING_SYSTEM:
          serviceImpl.getOperatingSystem((provisioner.v1.GetOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_LIST_OPERATING_SYSTEMS:
          serviceImpl.listOperatingSystems((provisioner.v1.ListOperatingSystemsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListOperatingSystemsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_OPERATING_SYSTEM:
          serviceImpl.updateOperatingSystem((provisioner.v1.UpdateOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.UpdateOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_DELETE_OPERATING_SYSTEM:
          serviceImpl.deleteOperatingSystem((provisioner.v1.DeleteOperatingSystemRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DeleteOperatingSystemResponse>) responseObserver);
          break;
        case METHODID_CREATE_TEMPLATE:
          serviceImpl.createTemplate((provisioner.v1.CreateTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CreateTemplateResponse>) responseObserver);
          break;
        case METHODID_GET_TEMPLATE:
          serviceImpl.getTemplate((provisioner.v1.GetTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetTemplateResponse>) responseObserver);
          break;
        case METHODID_LIST_TEMPLATES:
          serviceImpl.listTemplates((provisioner.v1.ListTemplatesRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListTemplatesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TEMPLATE:
          serviceImpl.updateTemplate((provisioner.v1.UpdateTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.UpdateTemplateResponse>) responseObserver);
          break;
        case METHODID_DELETE_TEMPLATE:
          serviceImpl.deleteTemplate((provisioner.v1.DeleteTemplateRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DeleteTemplateResponse>) responseObserver);
          break;
        case METHODID_CREATE_HOST:
          serviceImpl.createHost((provisioner.v1.CreateHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CreateHostResponse>) responseObserver);
          break;
        case METHODID_GET_HOST:
          serviceImpl.getHost((provisioner.v1.GetHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetHostResponse>) responseObserver);
          break;
        case METHODID_LIST_HOSTS:
          serviceImpl.listHosts((provisioner.v1.ListHostsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListHostsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_HOST:
          serviceImpl.updateHost((provisioner.v1.UpdateHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.UpdateHostResponse>) responseObserver);
          break;
        case METHODID_DELETE_HOST:
          serviceImpl.deleteHost((provisioner.v1.DeleteHostRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.DeleteHostResponse>) responseObserver);
          break;
        case METHODID_PREVIEW_PROVISIONING:
          serviceImpl.previewProvisioning((provisioner.v1.PreviewProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.PreviewProvisioningResponse>) responseObserver);
          break;
        case METHODID_CREATE_PROVISIONING:
          serviceImpl.createProvisioning((provisioner.v1.CreateProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CreateProvisioningResponse>) responseObserver);
          break;
        case METHODID_GET_PROVISIONING:
          serviceImpl.getProvisioning((provisioner.v1.GetProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetProvisioningResponse>) responseObserver);
          break;
        case METHODID_LIST_PROVISIONINGS:
          serviceImpl.listProvisionings((provisioner.v1.ListProvisioningsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.ListProvisioningsResponse>) responseObserver);
          break;
        case METHODID_CANCEL_PROVISIONING:
          serviceImpl.cancelProvisioning((provisioner.v1.CancelProvisioningRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.CancelProvisioningResponse>) responseObserver);
          break;
        case METHODID_GET_HOST_POWER:
          serviceImpl.getHostPower((provisioner.v1.GetHostPowerRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.GetHostPowerResponse>) responseObserver);
          break;
        case METHODID_SET_HOST_POWER:
          serviceImpl.setHostPower((provisioner.v1.SetHostPowerRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.SetHostPowerResponse>) responseObserver);
          break;
        case METHODID_SET_HOST_NETWORK_BOOT_ONCE:
          serviceImpl.setHostNetworkBootOnce((provisioner.v1.SetHostNetworkBootOnceRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.SetHostNetworkBootOnceResponse>) responseObserver);
          break;
        case METHODID_WATCH_EVENTS:
          serviceImpl.watchEvents((provisioner.v1.WatchEventsRequest) request,
              (io.grpc.stub.StreamObserver<provisioner.v1.WatchEventsResponse>) responseObserver);
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
              provisioner.v1.CreateOperatingSystemRequest,
              provisioner.v1.CreateOperatingSystemResponse>(
                service, METHODID_CREATE_OPERATING_SYSTEM)))
        .addMethod(
          getGetOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetOperatingSystemRequest,
              provisioner.v1.GetOperatingSystemResponse>(
                service, METHODID_GET_OPERATING_SYSTEM)))
        .addMethod(
          getListOperatingSystemsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListOperatingSystemsRequest,
              provisioner.v1.ListOperatingSystemsResponse>(
                service, METHODID_LIST_OPERATING_SYSTEMS)))
        .addMethod(
          getUpdateOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.UpdateOperatingSystemRequest,
              provisioner.v1.UpdateOperatingSystemResponse>(
                service, METHODID_UPDATE_OPERATING_SYSTEM)))
        .addMethod(
          getDeleteOperatingSystemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DeleteOperatingSystemRequest,
              provisioner.v1.DeleteOperatingSystemResponse>(
                service, METHODID_DELETE_OPERATING_SYSTEM)))
        .addMethod(
          getCreateTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CreateTemplateRequest,
              provisioner.v1.CreateTemplateResponse>(
                service, METHODID_CREATE_TEMPLATE)))
        .addMethod(
          getGetTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetTemplateRequest,
              provisioner.v1.GetTemplateResponse>(
                service, METHODID_GET_TEMPLATE)))
        .addMethod(
          getListTemplatesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListTemplatesRequest,
              provisioner.v1.ListTemplatesResponse>(
                service, METHODID_LIST_TEMPLATES)))
        .addMethod(
          getUpdateTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.UpdateTemplateRequest,
              provisioner.v1.UpdateTemplateResponse>(
                service, METHODID_UPDATE_TEMPLATE)))
        .addMethod(
          getDeleteTemplateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DeleteTemplateRequest,
              provisioner.v1.DeleteTemplateResponse>(
                service, METHODID_DELETE_TEMPLATE)))
        .addMethod(
          getCreateHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CreateHostRequest,
              provisioner.v1.CreateHostResponse>(
                service, METHODID_CREATE_HOST)))
        .addMethod(
          getGetHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetHostRequest,
              provisioner.v1.GetHostResponse>(
                service, METHODID_GET_HOST)))
        .addMethod(
          getListHostsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListHostsRequest,
              provisioner.v1.ListHostsResponse>(
                service, METHODID_LIST_HOSTS)))
        .addMethod(
          getUpdateHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.UpdateHostRequest,
              provisioner.v1.UpdateHostResponse>(
                service, METHODID_UPDATE_HOST)))
        .addMethod(
          getDeleteHostMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.DeleteHostRequest,
              provisioner.v1.DeleteHostResponse>(
                service, METHODID_DELETE_HOST)))
        .addMethod(
          getPreviewProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.PreviewProvisioningRequest,
              provisioner.v1.PreviewProvisioningResponse>(
                service, METHODID_PREVIEW_PROVISIONING)))
        .addMethod(
          getCreateProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CreateProvisioningRequest,
              provisioner.v1.CreateProvisioningResponse>(
                service, METHODID_CREATE_PROVISIONING)))
        .addMethod(
          getGetProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetProvisioningRequest,
              provisioner.v1.GetProvisioningResponse>(
                service, METHODID_GET_PROVISIONING)))
        .addMethod(
          getListProvisioningsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.ListProvisioningsRequest,
              provisioner.v1.ListProvisioningsResponse>(
                service, METHODID_LIST_PROVISIONINGS)))
        .addMethod(
          getCancelProvisioningMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.CancelProvisioningRequest,
              provisioner.v1.CancelProvisioningResponse>(
                service, METHODID_CANCEL_PROVISIONING)))
        .addMethod(
          getGetHostPowerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.GetHostPowerRequest,
              provisioner.v1.GetHostPowerResponse>(
                service, METHODID_GET_HOST_POWER)))
        .addMethod(
          getSetHostPowerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.SetHostPowerRequest,
              provisioner.v1.SetHostPowerResponse>(
                service, METHODID_SET_HOST_POWER)))
        .addMethod(
          getSetHostNetworkBootOnceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              provisioner.v1.SetHostNetworkBootOnceRequest,
              provisioner.v1.SetHostNetworkBootOnceResponse>(
                service, METHODID_SET_HOST_NETWORK_BOOT_ONCE)))
        .addMethod(
          getWatchEventsMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              provisioner.v1.WatchEventsRequest,
              provisioner.v1.WatchEventsResponse>(
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
