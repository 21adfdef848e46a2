package io.sellercenter.catalog.internal;

import io.sellercenter.catalog.Qualification;
import io.sellercenter.catalog.internal.CategoryManagement.CategoryDraft;
import io.sellercenter.shared.Money;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode's category tree, modelled on the marketplace's; one major category is closed for overseas ship-from. */
@Component
@Order(-2)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoCategories implements ApplicationRunner {

    private final CategoryManagement categories;

    DemoCategories(CategoryManagement categories) {
        this.categories = categories;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!categories.isEmpty()) {
            return;
        }
        major(
                "Consumer Electronics",
                "消费电子",
                "10000",
                true,
                "Brand trademark registration certificate; 3C certificate for chargers and power banks.",
                "品牌商标注册证；充电器、移动电源需 3C 认证。",
                List.of(),
                new String[][] {
                    {"Mobile Phone Accessories", "手机配件"}, {"Headphones & Audio", "耳机音响"}, {"Smart Electronics", "智能电子"}
                });
        major(
                "Apparel & Accessories",
                "服装配饰",
                "5000",
                true,
                "Brand trademark; no further qualification.",
                "品牌商标；无其他资质要求。",
                List.of(),
                new String[][] {{"Women's Clothing", "女装"}, {"Men's Clothing", "男装"}, {"Hats & Scarves", "帽子围巾"}});
        major(
                "Beauty & Health",
                "美容健康",
                "15000",
                false,
                "Cosmetics filing certificate (NMPA) for every product; not open for overseas ship-from.",
                "每个商品需国家药监局化妆品备案凭证；不开放海外发货地设置。",
                List.of(
                        new Qualification("COSMETICS_PRODUCTION_LICENCE", "Cosmetics production licence", "化妆品生产许可证"),
                        new Qualification(
                                "COSMETICS_FILING_CERTIFICATE", "NMPA cosmetics filing certificate", "国家药监局化妆品备案凭证")),
                new String[][] {{"Makeup", "彩妆"}, {"Skin Care", "护肤"}, {"Hair Care", "美发护发"}});
        major(
                "Home & Garden",
                "家居园艺",
                "5000",
                true,
                "Brand trademark; food-contact items need a test report.",
                "品牌商标；食品接触类商品需检测报告。",
                List.of(),
                new String[][] {{"Kitchen & Dining", "厨房餐饮"}, {"Home Decor", "家居装饰"}, {"Garden Supplies", "园艺用品"}});
        major(
                "Toys & Hobbies",
                "玩具爱好",
                "10000",
                true,
                "Brand trademark; EN 71 / ASTM F963 test report for children's toys.",
                "品牌商标；儿童玩具需 EN 71 / ASTM F963 检测报告。",
                List.of(new Qualification(
                        "TOY_SAFETY_TEST_REPORT", "EN 71 / ASTM F963 test report", "EN 71 / ASTM F963 检测报告")),
                new String[][] {
                    {"Building Blocks", "积木"}, {"Remote Control Toys", "遥控玩具"}, {"Dolls & Stuffed Toys", "娃娃毛绒玩具"}
                });
    }

    private void major(
            String en,
            String zh,
            String deposit,
            boolean overseasOpen,
            String qualEn,
            String qualZh,
            List<Qualification> required,
            String[][] subs) {
        var depositMoney = Money.of(deposit, "CNY");
        var id = categories.insert(
                new CategoryDraft(null, en, zh, depositMoney, qualEn, qualZh, overseasOpen, required));
        for (var sub : subs) {
            categories.insert(new CategoryDraft(id, sub[0], sub[1], depositMoney, "", "", overseasOpen, List.of()));
        }
    }
}
