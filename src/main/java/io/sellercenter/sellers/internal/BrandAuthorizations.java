package io.sellercenter.sellers.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BrandAuthorizations extends ListCrudRepository<BrandAuthorization, Long> {

    @Query("select * from brand_authorizations where brand_id = :brandId order by id desc")
    List<BrandAuthorization> findByBrand(long brandId);
}
