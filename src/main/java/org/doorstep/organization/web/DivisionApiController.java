package org.doorstep.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionCodes;
import org.doorstep.organization.Organization;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/divisions")
@Tag(name = "organization", description = "行政区划（县、乡镇街道、村社区）")
class DivisionApiController {

    /** The public shape of a division. */
    record DivisionJson(String code, String name, String level, String parentCode) {
        static DivisionJson of(Division d) {
            return new DivisionJson(d.code(), d.name(), d.level().name(), d.parentCode());
        }
    }

    private final Organization organization;

    DivisionApiController(Organization organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "行政区划列表；指定 parent 时只列出其下一级区划",
            description = "level 为 COUNTY（县）、TOWNSHIP（乡镇、街道）或 VILLAGE（村、社区）；县级的 parentCode 为 null")
    List<DivisionJson> list(@Parameter(description = "上级区划代码（12 位数字）")
            @RequestParam(required = false) String parent) {
        if (parent == null) {
            return organization.divisions().stream().map(DivisionJson::of).toList();
        }
        return organization.children(known(parent, "parent").code()).stream().map(DivisionJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "按 12 位区划代码查询一个行政区划")
    DivisionJson one(@Parameter(description = "12 位统计用区划代码") @PathVariable String code) {
        return DivisionJson.of(known(code, "code"));
    }

    private Division known(String code, String field) {
        if (!DivisionCodes.isWellFormed(code)) {
            throw new InvalidInputException(field, "区划代码应为 12 位数字");
        }
        return organization.division(code).orElseThrow(() -> new NotFoundException("没有区划代码为 " + code + " 的行政区划"));
    }
}
