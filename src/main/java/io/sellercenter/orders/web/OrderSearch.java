package io.sellercenter.orders.web;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.internal.OrderQueries;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The order list's tab, filters, sort and page, as the query string carries them. */
public class OrderSearch {

    private OrderStatus orderStatus;

    @Size(max = 100)
    private String q;

    @Pattern(regexp = "24h|overdue")
    private String due;

    private boolean unread;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    @Pattern(regexp = "[A-Z0-9_]{2,40}")
    private String service;

    @Pattern(regexp = "shipBy|newest")
    private String sort;

    private int page;

    /** Orders to ship are sorted by ship-by deadline unless the seller asks for the newest first. */
    boolean urgentFirst() {
        if (sort != null) {
            return sort.equals("shipBy");
        }
        return orderStatus == OrderStatus.WAIT_SELLER_SEND_GOODS || orderStatus == OrderStatus.SELLER_PART_SEND_GOODS;
    }

    OrderQueries.Filter filter(ZoneId zone) {
        return new OrderQueries.Filter(
                orderStatus,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                q,
                "24h".equals(due) ? OrderQueries.Due.SOON : "overdue".equals(due) ? OrderQueries.Due.OVERDUE : null,
                unread,
                service == null || service.isBlank() ? null : service,
                urgentFirst(),
                null);
    }

    /** The same filters with nothing invalid in them, for a list shown beside the errors. */
    OrderSearch valid(BindingResult result) {
        var clean = new OrderSearch();
        clean.orderStatus = result.hasFieldErrors("orderStatus") ? null : orderStatus;
        clean.q = result.hasFieldErrors("q") ? null : q;
        clean.due = result.hasFieldErrors("due") ? null : due;
        clean.unread = unread;
        clean.from = result.hasFieldErrors("from") ? null : from;
        clean.to = result.hasFieldErrors("to") ? null : to;
        clean.service = result.hasFieldErrors("service") ? null : service;
        clean.sort = result.hasFieldErrors("sort") ? null : sort;
        clean.page = Math.max(0, page);
        return clean;
    }

    public OrderStatus getOrderStatus() {
        return orderStatus;
    }

    public void setOrderStatus(OrderStatus orderStatus) {
        this.orderStatus = orderStatus;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due == null || due.isBlank() ? null : due;
    }

    public boolean isUnread() {
        return unread;
    }

    public void setUnread(boolean unread) {
        this.unread = unread;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service == null || service.isBlank() ? null : service;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null || sort.isBlank() ? null : sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
