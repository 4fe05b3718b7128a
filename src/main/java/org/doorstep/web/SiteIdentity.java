package org.doorstep.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The identifiers every Chinese government website shows in its footer (《政府网站发展指引》, 国办发〔2017〕47号):
 * 主办单位, 承办单位, 网站标识码, ICP备案号 and 公安机关备案号, and the 12345 hotline. Set as {@code DOORSTEP_SITE_*};
 * the footer leaves out what is not set. Templates read it as {@code @siteIdentity}.
 */
@Component("siteIdentity")
@ConfigurationProperties("doorstep.site")
public class SiteIdentity {

    private String sponsor = "";
    private String operator = "";
    private String code = "";
    private String icp = "";
    private String police = "";
    private String hotline = "12345";

    /** 主办单位 ({@code DOORSTEP_SITE_SPONSOR}), e.g. 青溪县人民政府办公室. */
    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = clean(sponsor);
    }

    /** 承办单位 ({@code DOORSTEP_SITE_OPERATOR}), e.g. 青溪县政务服务和数据管理局. */
    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = clean(operator);
    }

    /** 网站标识码 ({@code DOORSTEP_SITE_CODE}), ten characters, e.g. 3611990001. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = clean(code);
    }

    /** ICP备案号 ({@code DOORSTEP_SITE_ICP}), e.g. 赣ICP备12345678号. */
    public String getIcp() {
        return icp;
    }

    public void setIcp(String icp) {
        this.icp = clean(icp);
    }

    /** 公安机关备案号 ({@code DOORSTEP_SITE_POLICE}), e.g. 赣公网安备 36119902000001号. */
    public String getPolice() {
        return police;
    }

    public void setPolice(String police) {
        this.police = clean(police);
    }

    /** The hotline shown on the home page and in the footer ({@code DOORSTEP_SITE_HOTLINE}). */
    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = clean(hotline).isEmpty() ? "12345" : clean(hotline);
    }

    /** The hotline as a tel: link target (digits only). */
    public String getHotlineDial() {
        return hotline.replaceAll("[^0-9+]", "");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
