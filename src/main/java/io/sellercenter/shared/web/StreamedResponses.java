package io.sellercenter.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed responses (label batches) are written on virtual threads of their own: a download to a slow
 * client blocks no request thread and no worker of the task executor, where event listeners run.
 * Ordered last, so that it wins over Spring Boot's choice of the task executor.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class StreamedResponses implements WebMvcConfigurer {

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        var streams = new SimpleAsyncTaskExecutor("stream-");
        streams.setVirtualThreads(true);
        configurer.setTaskExecutor(streams);
    }
}
