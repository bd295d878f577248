package io.rolewire.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application with users of its own (so throttling one cannot lock out another test's)
 * and a small per-user budget. Classes with this annotation share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "rolewire.security.users[0].username=operator",
            "rolewire.security.users[0].password={noop}operator-pw",
            "rolewire.security.users[0].roles=OPERATOR",
            "rolewire.security.users[1].username=reviewer",
            "rolewire.security.users[1].password={noop}reviewer-pw",
            "rolewire.security.users[1].roles=REVIEWER",
            "rolewire.security.users[2].username=alice",
            "rolewire.security.users[2].password={noop}alice-pw",
            "rolewire.security.users[2].roles=OPERATOR,ADMIN",
            "rolewire.security.users[3].username=api-victim",
            "rolewire.security.users[3].password={noop}api-victim-pw",
            "rolewire.security.users[3].roles=OPERATOR",
            "rolewire.security.users[4].username=form-victim",
            "rolewire.security.users[4].password={noop}form-victim-pw",
            "rolewire.security.users[4].roles=OPERATOR",
            "rolewire.security.users[5].username=bot",
            "rolewire.security.users[5].password={noop}bot-pw",
            "rolewire.security.users[5].roles=OPERATOR",
            "rolewire.security.login-throttle.per-user=3",
            "rolewire.security.login-throttle.per-address=1000",
            "rolewire.security.login-throttle.period=10m"
        })
@AutoConfigureMockMvc
@RecordApplicationEvents
@interface SecurityFlowTest {}
