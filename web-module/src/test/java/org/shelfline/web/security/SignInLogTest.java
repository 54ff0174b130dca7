package org.shelfline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in failures are logged as one parseable JSON object per line, with hostile input escaped. */
class SignInLogTest {

    private final Logger logger = Logger.getLogger("org.shelfline.security.signin");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void aFailureIsOneJsonLineEvenForAnAwkwardUsername() {
        SignInLog.failed("eve\"}\n{\"event\":\"forged", "10.0.0.7", "invalid_credentials");

        assertThat(records).hasSize(1);
        String line = records.get(0).getMessage();
        assertThat(line).doesNotContain("\n");
        JsonObject event = Json.createReader(new StringReader(line)).readObject();
        assertThat(event.getString("event")).isEqualTo("sign_in_failed");
        assertThat(event.getString("username")).isEqualTo("eve\"}\n{\"event\":\"forged");
        assertThat(event.getString("remote")).isEqualTo("10.0.0.7");
        assertThat(event.getString("reason")).isEqualTo("invalid_credentials");
    }
}
