package org.doorstep.services.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-items")
@Tag(name = "service-items", description = "政务服务事项与办事指南")
class ServiceItemApiController {

    /** One line of the catalogue. */
    record ItemSummary(String code, String name, String department, int legalLimitDays, int promisedLimitDays,
            List<ServiceFlag> flags) {
    }

    private final ServiceCatalogue catalogue;

    ServiceItemApiController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "政务服务事项清单（department 为实施主体部门编码，时限单位为工作日，0 表示即办）")
    List<ItemSummary> items() {
        return catalogue.items().stream().map(i -> new ItemSummary(i.code(), i.name(), i.departmentCode(),
                i.legalLimitDays(), i.promisedLimitDays(), List.copyOf(i.flags()))).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "一个事项的完整办事指南")
    ServiceItem item(@PathVariable String code) {
        return catalogue.item(code);
    }
}
