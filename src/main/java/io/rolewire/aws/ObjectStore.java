package io.rolewire.aws;

/**
 * Objects in one S3 bucket, written once: what the record's checkpoints are kept in when a bucket is
 * configured. Reached like the accounts (the endpoint of {@code rolewire.aws.endpoint-url} for an emulator,
 * the credentials of one configured account or the default chain).
 */
public interface ObjectStore extends AutoCloseable {

    /**
     * @param accountId whose credentials write ({@code rolewire.aws.accounts.<id>}), or null for the
     *     SDK's default chain
     */
    static ObjectStore s3(AwsProperties properties, String bucket, String accountId) {
        return new io.rolewire.aws.internal.S3ObjectStore(properties, bucket, accountId);
    }

    /**
     * Writes {@code content} under {@code key} unless an object is there already (a conditional write:
     * S3 never replaces it); returns whether this call wrote it. A refusal or an unreachable bucket is
     * an {@link IllegalStateException} naming the bucket, the key and AWS's error code.
     */
    boolean putIfAbsent(String key, byte[] content, String contentType);

    /** The object's bytes, for a reader checking what was written. */
    byte[] read(String key);

    @Override
    void close();
}
