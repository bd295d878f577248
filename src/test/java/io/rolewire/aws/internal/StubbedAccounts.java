package io.rolewire.aws.internal;

import io.rolewire.aws.AccountSession;
import io.rolewire.testsupport.aws.AwsStub;
import io.rolewire.testsupport.aws.StubCredentials;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh stub and sessions pointed at it for every test: the source and destination accounts of seed 003. */
abstract class StubbedAccounts {

    static final String SOURCE = "111122223333";
    static final String DESTINATION = "555566667777";
    static final String TRUST_ECS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @TempDir
    Path directory;

    AwsStub stub;
    SdkSessions sessions;

    @BeforeEach
    void startStub() {
        stub = AwsStub.start();
        sessions = new SdkSessions(StubCredentials.profiles(stub, directory, SOURCE, DESTINATION));
    }

    @AfterEach
    void stopStub() {
        sessions.close();
        stub.close();
    }

    AccountSession source() {
        return sessions.open(SOURCE, AwsStub.REGION, "42");
    }

    AccountSession destination() {
        return sessions.open(DESTINATION, AwsStub.REGION, "42");
    }

    static String trustingRole(String roleArn) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + roleArn
                + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }
}
