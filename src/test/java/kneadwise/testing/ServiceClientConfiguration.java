package kneadwise.testing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/** Makes a {@link ServiceClient} for the random port injectable in full-stack tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceClientConfiguration {

    @Bean
    @Lazy
    ServiceClient serviceClient(@Value("${local.server.port}") int port) {
        return new ServiceClient(port);
    }
}
