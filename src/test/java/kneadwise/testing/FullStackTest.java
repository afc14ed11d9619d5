package kneadwise.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kneadwise.KneadwiseApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application on a random port, on a fresh database of this test class's own. Inject {@link ServiceClient}
 * to call it over real HTTP. The context is closed after the class, since no other class can share its database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KneadwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
@Import(ServiceClientConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface FullStackTest {}
