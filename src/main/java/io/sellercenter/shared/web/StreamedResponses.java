package io.sellercenter.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed responses (label batches) are written on a thread of their own each: a download to a slow
 * client holds no request thread and no worker of the task executor, where event listeners run. Platform
 * threads, like the requests': drawing labels is CPU work that the kernel schedules best.
 * Ordered last, so that it wins over Spring Boot's choice of the task executor.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class StreamedResponses implements WebMvcConfigurer {

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setTaskExecutor(new SimpleAsyncTaskExecutor("stream-"));
    }
}
