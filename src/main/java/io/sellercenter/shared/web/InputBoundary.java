package io.sellercenter.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.TimeBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the application reads is checked once, where it comes in: JSON strings and query, form and multipart
 * values carry no control characters ({@link ControlCharacterFilter} for parameters), lists carry no nulls, dates
 * and months lie in years the database can hold.
 */
@Configuration(proxyBeanMethods = false)
class InputBoundary implements WebMvcConfigurer {

    /** A JSON string with a control character in it; the problem names its path. */
    static final class ControlCharacterInJson extends InvalidFormatException {
        ControlCharacterInJson(JsonParser parser, String value) {
            super(parser, "control character in a string", value, String.class);
        }
    }

    @Bean
    JsonMapperBuilderCustomizer inputBoundaryJson() {
        var module = new SimpleModule("input-boundary");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext context) {
                var value = super.deserialize(p, context);
                if (!InputText.acceptable(value)) {
                    throw new ControlCharacterInJson(p, value);
                }
                return value;
            }
        });
        return builder ->
                builder.addModule(module).changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL));
    }

    /** A request the security firewall refuses (an encoded dot segment, a non-printable character in the path). */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(response, 400, "REQUEST_REJECTED");
            } else {
                response.sendError(400);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ControlCharacterFilter.MultipartCheck());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, bounded(Instant::parse, TimeBounds::within));
        registry.addConverter(
                String.class,
                OffsetDateTime.class,
                bounded(OffsetDateTime::parse, t -> TimeBounds.within(t.toInstant())));
        registry.addConverter(
                String.class, LocalDate.class, bounded(LocalDate::parse, d -> TimeBounds.within(d.getYear())));
        registry.addConverter(
                String.class, YearMonth.class, bounded(YearMonth::parse, m -> TimeBounds.within(m.getYear())));
    }

    /** Parses a query or form value; a value that parses but lies outside the bounds is a 400 of its own. */
    private static <T> Converter<String, T> bounded(Function<String, T> parse, Predicate<T> within) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            T value;
            try {
                value = parse.apply(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
            if (!within.test(value)) {
                throw new InvalidInputException("value", "DATE_OUT_OF_RANGE");
            }
            return value;
        };
    }
}
