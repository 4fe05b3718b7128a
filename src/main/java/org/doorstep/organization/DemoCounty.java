package org.doorstep.organization;

import java.util.List;

/**
 * Codes of the fictional demo county 青溪县 (loaded when demo data is on), for other modules' demo data. The full
 * content is {@code organization/demo-county.txt}; a test checks that every code here exists after loading.
 */
public final class DemoCounty {

    /** 青溪县. */
    public static final String COUNTY = "361199000000";

    /** 溪东街道 (an urban township). */
    public static final String XIDONG_SUBDISTRICT = "361199001000";
    /** 梅林镇. */
    public static final String MEILIN_TOWN = "361199101000";
    /** 石桥镇. */
    public static final String SHIQIAO_TOWN = "361199102000";
    /** 竹山乡. */
    public static final String ZHUSHAN_TOWNSHIP = "361199201000";

    /** 城东社区 (溪东街道). */
    public static final String CHENGDONG_COMMUNITY = "361199001001";
    /** 城南社区 (溪东街道). */
    public static final String CHENGNAN_COMMUNITY = "361199001002";
    /** 滨江社区 (溪东街道). */
    public static final String BINJIANG_COMMUNITY = "361199001003";
    /** 梅林社区 (梅林镇). */
    public static final String MEILIN_COMMUNITY = "361199101001";
    /** 上坊村 (梅林镇). */
    public static final String SHANGFANG_VILLAGE = "361199101201";
    /** 下坊村 (梅林镇). */
    public static final String XIAFANG_VILLAGE = "361199101202";
    /** 桃源村 (梅林镇). */
    public static final String TAOYUAN_VILLAGE = "361199101203";
    /** 石桥社区 (石桥镇). */
    public static final String SHIQIAO_COMMUNITY = "361199102001";
    /** 枫树村 (石桥镇). */
    public static final String FENGSHU_VILLAGE = "361199102201";
    /** 新塘村 (石桥镇). */
    public static final String XINTANG_VILLAGE = "361199102202";
    /** 竹山村 (竹山乡). */
    public static final String ZHUSHAN_VILLAGE = "361199201201";
    /** 茶园村 (竹山乡). */
    public static final String CHAYUAN_VILLAGE = "361199201202";

    /** 青溪县人民政府办公室, organ code 361199010. */
    public static final String GOVERNMENT_OFFICE = "361199000000-ZFB";
    /** 青溪县政务服务管理局, organ code 361199011. */
    public static final String SERVICES_BUREAU = "361199000000-ZWFW";
    /** 青溪县市场监督管理局, organ code 361199012. */
    public static final String MARKET_REGULATION = "361199000000-SCJG";
    /** 青溪县民政局, organ code 361199013. */
    public static final String CIVIL_AFFAIRS = "361199000000-MZ";
    /** 青溪县人力资源和社会保障局, organ code 361199014. */
    public static final String HUMAN_RESOURCES = "361199000000-RSJ";
    /** 青溪县自然资源局, organ code 361199015. */
    public static final String NATURAL_RESOURCES = "361199000000-ZRZY";
    /** 青溪县医疗保障局, organ code 361199016. */
    public static final String MEDICAL_SECURITY = "361199000000-YBJ";
    /** 青溪县住房公积金管理中心, organ code 361199017. */
    public static final String HOUSING_FUND = "361199000000-GJJ";
    /** 青溪县公安局, organ code 361199018: 公章刻制 and 户籍 are its powers. */
    public static final String PUBLIC_SECURITY = "361199000000-GA";
    /** 国家税务总局青溪县税务局, organ code 361199019: 发票. */
    public static final String TAXATION = "361199000000-SWJ";
    /** 青溪县教育体育局, organ code 361199020: 义务教育入学. */
    public static final String EDUCATION = "361199000000-JYTY";
    /** 青溪县残疾人联合会, organ code 361199021: 残疾人证 (《残疾人证管理办法》). */
    public static final String DISABLED_PERSONS_FEDERATION = "361199000000-CL";
    /** 青溪县溪东街道办事处, organ code 361199030. */
    public static final String XIDONG_OFFICE = "361199001000-BSC";
    /** 青溪县梅林镇人民政府, organ code 361199031. */
    public static final String MEILIN_GOVERNMENT = "361199101000-ZF";
    /** 青溪县梅林镇社会事务办公室, organ code 361199032. */
    public static final String MEILIN_SOCIAL_AFFAIRS = "361199101000-SHSW";
    /** 青溪县石桥镇人民政府, organ code 361199033. */
    public static final String SHIQIAO_GOVERNMENT = "361199102000-ZF";
    /** 青溪县竹山乡人民政府, organ code 361199034. */
    public static final String ZHUSHAN_GOVERNMENT = "361199201000-ZF";

    /** 青溪县政务服务中心 (windows 1–3 and 9 综合, 4–8 专窗). */
    public static final String COUNTY_CENTER = "361199000000-ZWFWZX";
    /** 溪东街道便民服务中心. */
    public static final String XIDONG_CENTER = "361199001000-BMFWZX";
    /** 梅林镇便民服务中心. */
    public static final String MEILIN_CENTER = "361199101000-BMFWZX";
    /** 石桥镇便民服务中心. */
    public static final String SHIQIAO_CENTER = "361199102000-BMFWZX";
    /** 竹山乡便民服务中心. */
    public static final String ZHUSHAN_CENTER = "361199201000-BMFWZX";
    /** 城东社区便民服务站. */
    public static final String CHENGDONG_STATION = "361199001001-BMFWZ";
    /** 上坊村便民服务站. */
    public static final String SHANGFANG_STATION = "361199101201-BMFWZ";
    /** 滨江公园政务服务驿站. */
    public static final String BINJIANG_PARK_POST = "361199001003-YZ";

    /** 县政务服务中心 1号窗口, a 综合窗口. */
    public static final String COUNTY_CENTER_WINDOW_1 = "361199000000-ZWFWZX-1";
    /** 县政务服务中心 4号窗口, the 企业开办专窗 of 县市场监督管理局. */
    public static final String COUNTY_CENTER_MARKET_WINDOW = "361199000000-ZWFWZX-4";
    /** 梅林镇便民服务中心 1号窗口, a 综合窗口. */
    public static final String MEILIN_CENTER_WINDOW_1 = "361199101000-BMFWZX-1";

    /** 城东社区第1网格. */
    public static final String CHENGDONG_GRID_1 = "361199001001001";
    /** 上坊村第1网格. */
    public static final String SHANGFANG_GRID_1 = "361199101201001";

    public static final List<String> TOWNSHIPS = List.of(XIDONG_SUBDISTRICT, MEILIN_TOWN, SHIQIAO_TOWN, ZHUSHAN_TOWNSHIP);

    public static final List<String> VILLAGES = List.of(CHENGDONG_COMMUNITY, CHENGNAN_COMMUNITY, BINJIANG_COMMUNITY,
            MEILIN_COMMUNITY, SHANGFANG_VILLAGE, XIAFANG_VILLAGE, TAOYUAN_VILLAGE, SHIQIAO_COMMUNITY, FENGSHU_VILLAGE,
            XINTANG_VILLAGE, ZHUSHAN_VILLAGE, CHAYUAN_VILLAGE);

    public static final List<String> COUNTY_DEPARTMENTS = List.of(GOVERNMENT_OFFICE, SERVICES_BUREAU,
            MARKET_REGULATION, CIVIL_AFFAIRS, HUMAN_RESOURCES, NATURAL_RESOURCES, MEDICAL_SECURITY, HOUSING_FUND,
            PUBLIC_SECURITY, TAXATION, EDUCATION, DISABLED_PERSONS_FEDERATION);

    private DemoCounty() {
    }
}
