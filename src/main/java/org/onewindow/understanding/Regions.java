package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;

/**
 * Places the knowledge base does not cover: the provinces and major cities of China outside
 * Hunan, and Hong Kong, Macao and Taiwan. A question about a procedure there ("深圳注销要几天",
 * "deregistering a company in Hong Kong") is declined with what the knowledge base does cover,
 * instead of being answered with Hunan's rule.
 */
final class Regions {

    /** Names in the text's lower case (Chinese, then English), each for the place as people write it. */
    private static final List<String[]> ELSEWHERE = List.of(
            new String[] {"北京", "beijing"}, new String[] {"上海", "shanghai"}, new String[] {"天津", "tianjin"},
            new String[] {"重庆", "chongqing"}, new String[] {"河北", "hebei"}, new String[] {"山西", "shanxi"},
            new String[] {"辽宁", "liaoning"}, new String[] {"吉林", "jilin"}, new String[] {"黑龙江", "heilongjiang"},
            new String[] {"江苏", "jiangsu"}, new String[] {"浙江", "zhejiang"}, new String[] {"安徽", "anhui"},
            new String[] {"福建", "fujian"}, new String[] {"江西", "jiangxi"}, new String[] {"山东", "shandong"},
            new String[] {"河南", "henan"}, new String[] {"湖北", "hubei"}, new String[] {"广东", "guangdong"},
            new String[] {"海南", "hainan"}, new String[] {"四川", "sichuan"}, new String[] {"贵州", "guizhou"},
            new String[] {"云南", "yunnan"}, new String[] {"陕西", "shaanxi"}, new String[] {"甘肃", "gansu"},
            new String[] {"青海", "qinghai"}, new String[] {"内蒙古", "inner mongolia"}, new String[] {"广西", "guangxi"},
            new String[] {"西藏", "tibet"}, new String[] {"宁夏", "ningxia"}, new String[] {"新疆", "xinjiang"},
            new String[] {"香港", "hong kong"}, new String[] {"澳门", "macao"}, new String[] {"澳门", "macau"},
            new String[] {"台湾", "taiwan"}, new String[] {"深圳", "shenzhen"}, new String[] {"广州", "guangzhou"},
            new String[] {"杭州", "hangzhou"}, new String[] {"南京", "nanjing"}, new String[] {"苏州", "suzhou"},
            new String[] {"武汉", "wuhan"}, new String[] {"成都", "chengdu"}, new String[] {"西安", "xi'an"},
            new String[] {"厦门", "xiamen"}, new String[] {"青岛", "qingdao"}, new String[] {"郑州", "zhengzhou"},
            new String[] {"南昌", "nanchang"}, new String[] {"合肥", "hefei"}, new String[] {"东莞", "dongguan"});
    /** Words that keep the question here: the province, its capital, the park. */
    private static final List<String> HERE = List.of("湖南", "长沙", "园区", "本园", "我们这", "这边", "hunan", "changsha",
            "the park", "this park", "here");

    private Regions() {
    }

    /** The place outside Hunan the text asks about, as written, or null. */
    static String elsewhere(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String here : HERE) {
            if (lower.contains(here)) {
                return null;
            }
        }
        for (String[] place : ELSEWHERE) {
            if (lower.contains(place[0])) {
                return place[0];
            }
            int at = lower.indexOf(place[1]);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (at + place[1].length() == lower.length() || !Character.isLetter(lower.charAt(at + place[1].length())))) {
                return text.substring(at, at + place[1].length());
            }
        }
        return null;
    }
}
