package io.rolewire.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Request builders and bodies shared by the API tests. */
final class ApiRequests {

    /** Seed 003 with valid 12-digit account ids (the golden case of DESIGN.md). */
    static final String SEED_003 = """
            {
              "workload": "ECS_TASK",
              "region": "us-east-1",
              "source": {"accountId": "111122223333", "roleName": "my-ECS-task-role", "create": false},
              "destination": {"accountId": "555566667777", "roleName": "destination-account-role",
                              "create": false, "managedPolicyArns": []},
              "ecs": {
                "family": "verify-assume-cross-account-role",
                "containerName": "test",
                "image": "your-test-image",
                "cpu": 100,
                "memory": 200,
                "launchType": "EC2",
                "executionRole": {"enabled": false},
                "ecsExec": false
              }
            }
            """;

    private ApiRequests() {}

    static MockHttpServletRequestBuilder postJson(String url, String body, String user) {
        return post(url)
                .with(httpBasic(user, user + "-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static MockHttpServletRequestBuilder getAs(String url, String user) {
        return get(url).with(httpBasic(user, user + "-pw"));
    }

    /** SEED_003 with one literal replaced; fails loudly when the literal is not there. */
    static String seedWith(String literal, String replacement) {
        if (!SEED_003.contains(literal)) {
            throw new IllegalArgumentException("not in the seed body: " + literal);
        }
        return SEED_003.replace(literal, replacement);
    }
}
