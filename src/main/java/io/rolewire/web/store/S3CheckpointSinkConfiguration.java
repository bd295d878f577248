package io.rolewire.web.store;

import io.rolewire.audit.CheckpointSink;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.ObjectStore;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code rolewire.audit.checkpoint-s3-bucket} set, checkpoints go to that bucket instead of the
 * directory. Here, in web, because audit may not use the AWS SDK and aws may not know audit: this joins
 * audit's sink to aws's object store. A bucket with Object Lock (compliance mode) makes them undeletable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("rolewire.audit.checkpoint-s3-bucket")
class S3CheckpointSinkConfiguration {

    @Bean(destroyMethod = "close")
    ObjectStore checkpointObjects(
            AwsProperties aws,
            @Value("${rolewire.audit.checkpoint-s3-bucket}") String bucket,
            @Value("${rolewire.audit.checkpoint-s3-account:#{null}}") String accountId) {
        return ObjectStore.s3(aws, bucket, accountId);
    }

    @Bean
    CheckpointSink s3CheckpointSink(
            ObjectStore checkpointObjects,
            @Value("${rolewire.audit.checkpoint-s3-prefix:checkpoints/}") String prefix) {
        // an object already there is the same checkpoint (the tree size names it): nothing to do
        return checkpoint -> checkpointObjects.putIfAbsent(
                prefix + checkpoint.fileName(), checkpoint.fileText().getBytes(StandardCharsets.UTF_8), "text/plain");
    }
}
