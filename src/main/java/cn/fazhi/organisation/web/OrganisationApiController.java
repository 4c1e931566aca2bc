package cn.fazhi.organisation.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.platform.scope.Caller;
import cn.fazhi.organisation.RegionView;
import cn.fazhi.organisation.Regions;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Regions (reference data for every signed-in caller) and the units the caller's scope covers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "organisation")
class OrganisationApiController {

    private final Caller caller;
    private final Units units;
    private final Regions regions;

    OrganisationApiController(Caller caller, Units units, Regions regions) {
        this.caller = caller;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/regions")
    List<RegionView> regions() {
        return regions.districtRegions();
    }

    @GetMapping("/units")
    @PreAuthorize("hasAuthority('org:unit:view')")
    List<UnitView> units() {
        return units.visible(caller.scope());
    }

    @GetMapping("/units/{id}")
    @PreAuthorize("hasAuthority('org:unit:view')")
    UnitView unit(@PathVariable long id) {
        return units.findVisible(id, caller.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }
}
