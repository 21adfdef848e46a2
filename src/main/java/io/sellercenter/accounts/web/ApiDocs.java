package io.sellercenter.accounts.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API description's title and its one way in: a bearer token, so that Swagger UI's "Authorize" works. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Seller Center API",
                        version = "v1",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = ApiDocs.BEARER))
@SecurityScheme(
        name = ApiDocs.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A token from POST /api/v1/auth/tokens {email, password}: paste its \"token\" here.")
class ApiDocs {
    static final String BEARER = "bearer";
}
