package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.TransitWarehouse;
import io.sellercenter.shipping.internal.ChannelManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shipping")
class ChannelApi {

    private final LogisticsServices services;
    private final ChannelManagement management;

    ChannelApi(LogisticsServices services, ChannelManagement management) {
        this.services = services;
        this.management = management;
    }

    record RateForm(
            @NotBlank @Size(max = 20) String zone,
            @NotEmpty @Size(max = 250) List<@Pattern(regexp = "[A-Z]{2}|\\*") String> countries,
            @NotNull Money perKg,
            @NotNull Money perParcel,
            @NotNull @Positive @Max(100_000) Integer roundingGrams,
            @NotNull @Positive @Max(100_000) Integer volumetricDivisor) {}

    record ChannelForm(
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameZh,
            @NotNull Channel.Kind kind,

            @NotEmpty @Size(max = 6) List<@NotNull GoodsType> acceptedGoodsTypes,

            @NotEmpty @Size(max = 250) List<@Pattern(regexp = "[A-Z]{2}|\\*") String> destinationCountries,
            @NotNull @Positive @Max(365) Integer deliveryDays,
            @NotNull @Positive @Max(100_000) Integer maxWeightGrams,
            @NotNull @Positive @Max(1000) Integer maxSideCm,
            @NotNull @Positive @Max(3000) Integer maxSumOfSidesCm,
            @NotBlank @Pattern(regexp = "[A-Z]{2}") String waybillPrefix,
            @NotBlank @Size(max = 100) String trackingPattern,
            @NotNull Money returnFee,
            @NotNull Boolean enabled,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull RateForm> rates,
            @Size(max = 300) String thirdPartySystemUrl) {}

    record TransitWarehouseForm(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 20) String sortCode,
            @NotBlank @Size(max = 300) String address,
            @NotEmpty @Size(max = 50) List<@Pattern(regexp = "[0-9]{1,6}") String> postalPrefixes,
            @Size(max = 100) String contactPerson,
            @Size(max = 30) String phone,
            @Size(max = 100) String openingHours) {}

    @GetMapping("/logistics-channels")
    @Operation(summary = "The platform's online logistics channels with their rate tables")
    List<Channel> channels(CurrentAccount me) {
        return services.channels();
    }

    @PutMapping("/logistics-channels/{serviceCode}")
    @Operation(summary = "Create or change a channel and its rate table (platform admin)")
    Channel save(
            CurrentAccount me,
            @PathVariable @Pattern(regexp = "[A-Z0-9_]{2,40}") String serviceCode,
            @Valid @RequestBody ChannelForm f) {
        return management.save(
                me,
                new Channel(
                        serviceCode,
                        f.nameEn(),
                        f.nameZh(),
                        f.kind(),
                        f.acceptedGoodsTypes(),
                        f.destinationCountries(),
                        f.deliveryDays(),
                        f.maxWeightGrams(),
                        f.maxSideCm(),
                        f.maxSumOfSidesCm(),
                        f.waybillPrefix(),
                        f.trackingPattern(),
                        f.returnFee(),
                        f.enabled(),
                        f.rates().stream()
                                .map(r -> new Channel.Rate(
                                        r.zone(),
                                        r.countries(),
                                        r.perKg(),
                                        r.perParcel(),
                                        r.roundingGrams(),
                                        r.volumetricDivisor()))
                                .toList(),
                        f.thirdPartySystemUrl()));
    }

    @GetMapping("/transit-warehouses")
    @Operation(summary = "Transit warehouses with their sort codes and collection ranges")
    List<TransitWarehouse> transitWarehouses(CurrentAccount me) {
        return services.transitWarehouses();
    }

    @PutMapping("/transit-warehouses/{code}")
    @Operation(summary = "Create or change a transit warehouse (platform admin)")
    TransitWarehouse saveTransitWarehouse(
            CurrentAccount me,
            @PathVariable @Pattern(regexp = "[A-Z0-9]{2,10}") String code,
            @Valid @RequestBody TransitWarehouseForm f) {
        return management.saveTransitWarehouse(
                me,
                new TransitWarehouse(
                        code,
                        f.name(),
                        f.sortCode(),
                        f.address(),
                        f.postalPrefixes(),
                        f.contactPerson(),
                        f.phone(),
                        f.openingHours()));
    }
}
