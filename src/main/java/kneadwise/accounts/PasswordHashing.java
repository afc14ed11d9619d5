package kneadwise.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the web, the API and the admin command alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** bcrypt (Spring Security's default), behind the delegating encoder so that stored hashes name their kind. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
