package io.rolewire.aws.internal;

import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.ObjectStore;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link ObjectStore} on S3: {@code If-None-Match: *} makes every write a create, never a replace. */
public final class S3ObjectStore implements ObjectStore {

    private static final int PRECONDITION_FAILED = 412;

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStore(AwsProperties properties, String bucket, String accountId) {
        this.s3 = new ClientFactory(properties, List.of()).s3(accountId);
        this.bucket = bucket;
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content, String contentType) {
        try {
            s3.putObject(
                    r -> r.bucket(bucket).key(key).ifNoneMatch("*").contentType(contentType),
                    RequestBody.fromBytes(content));
            return true;
        } catch (AwsServiceException e) {
            if (e.statusCode() == PRECONDITION_FAILED) {
                return false;
            }
            throw failed("write", key, e);
        } catch (SdkException e) {
            throw failed("write", key, e);
        }
    }

    @Override
    public byte[] read(String key) {
        try {
            return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
        } catch (SdkException e) {
            throw failed("read", key, e);
        }
    }

    /** AWS's error code and first line only: the SDK's full text is for the log, not a page. */
    private IllegalStateException failed(String what, String key, SdkException e) {
        String code = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorCode()
                : e.getClass().getSimpleName();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new IllegalStateException(
                "could not " + what + " s3://" + bucket + "/" + key + ": " + code + " (" + message + ")", e);
    }

    @Override
    public void close() {
        s3.close();
    }
}
