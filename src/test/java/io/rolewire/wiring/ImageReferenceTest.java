package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "your-test-image",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.2",
                "nginx",
                "library/nginx:1.27-alpine",
                "public.ecr.aws/docker/library/busybox:latest",
                "localhost:5000/team/app_v2__x:Tag_1.0-rc",
                "ghcr.io/org/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "registry.example.com:443/app:v1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
            })
    void dockerReferencesAreAccepted(String image) {
        assertThat(ImageReference.isValid(image)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Your-Test-Image",
                "app:",
                "app:-tag",
                "app:tag with space",
                "-app",
                "app-",
                "team//app",
                "app@sha256:abc",
                "app@md5:0123456789abcdef0123456789abcdef",
                "https://registry.example.com/app",
                " nginx"
            })
    void malformedReferencesAreRejected(String image) {
        assertThat(ImageReference.isValid(image)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129})
    void tagsAreAtMost128Characters(int tagLength) {
        assertThat(ImageReference.isValid("app:" + "t".repeat(tagLength))).isEqualTo(tagLength <= 128);
    }
}
