-- Issue 12 item 14: 主题分类 from GB/T 21063.4, 体裁 from a fixed list, and a 来源 field (seed 004's metadata block).
alter table disclosure_document add column source text not null default '';

-- Free-text topics that name a standard class map to it; any other is filed under 其他 and kept among the keywords,
-- so that nothing an officer typed is lost.
update disclosure_document set topic = case topic
        when '经济管理' then '国民经济管理、国有资产监管'
        when '农业农村' then '农业、林业、水利'
        when '民政' then '民政、扶贫、救灾'
        when '城乡建设' then '城乡建设、环境保护'
        when '财政' then '财政、金融、审计'
        when '回应关切' then '综合政务'
        else topic end;
update disclosure_document set keywords = left(trim(keywords || ' ' || topic), 300), topic = '其他'
    where topic not in ('综合政务', '国民经济管理、国有资产监管', '财政、金融、审计', '国土资源、能源', '农业、林业、水利',
        '工业、交通', '商贸、海关、旅游', '市场监管、安全生产监管', '城乡建设、环境保护', '科技、教育', '文化、广电、新闻出版',
        '卫生、体育', '人口与计划生育、妇女儿童工作', '劳动、人事、监察', '公安、安全、司法', '民政、扶贫、救灾', '民族、宗教',
        '对外事务', '港澳台侨工作', '国防', '其他');
-- The two names table 二 of the annual report also counted stay counted, under the list's names.
update disclosure_document set genre = case genre when '规范性文件' then '行政规范性文件' when '政府规章' then '规章'
        else genre end;
update disclosure_document set keywords = left(trim(keywords || ' ' || genre), 300), genre = '其他'
    where genre not in ('规章', '行政规范性文件', '决议', '决定', '命令（令）', '公报', '公告', '通告', '意见', '通知', '通报',
        '报告', '请示', '批复', '议案', '函', '纪要', '规划计划', '方案', '解读', '答复', '解答', '年度报告', '统计信息', '其他');
