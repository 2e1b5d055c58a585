"""Chinese utterances of test14, written by hand, one a line, each with a comment naming its voice.
Voices: 刘姐 (单亲妈妈, 三个孩子吃早饭), 秦老师 (退休语文老师, 讲究用词), 小两口招待公婆 (小周和阿杰), 考试周的合租学生 (小宋、小蔡),
老李 (一个人在家感冒), 老范家周日烧烤, 元宵节, 王姨第一天用智能家居; regional: 金大爷 (老北京), 孙大姨 (济南),
陈太 (香港, 港式普通话, 八号风球的台风夜)."""
import lib
from lib import (act, q, ask, no, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode, acfan, vol, mute,
                 inp, pmode, pfan, vfan, sweep, key, up, hotter, cooler, brighter, dimmer, louder, quieter, sp, tvp, boxp,
                 app, S, M, A, P, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS, LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vswing, hswing, eco, lock, warmer, cooler_white, curt_less, tooloud,
                      MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW, curt_half)

lib.lang("zh")
PUR_FAN, VAC_FAN = "air-purifier.fan-level", "vacuum.fan-level"

# ---------------- power ----------------
act("power", "卧室灯打开 二宝找不着袜子了", on("bulb"))  # 刘姐
act("power", "水壶插座开一下 给三宝冲奶粉", on("kettle"))  # 刘姐
act("power", "电视先开着 让他们边吃边看一会儿", on("tv"))  # 刘姐
act("power", "客厅吸顶灯关了吧 天都亮了", off("ceil"))  # 刘姐
act("power", "请把卧室的空气净化器打开", on("pur"))  # 秦老师
act("power", "请将电视机打开 我要收看新闻", on("tv"))  # 秦老师
act("power", "请打开墙壁开关右边那一路", wr(True))  # 秦老师
act("power", "墙壁开关左边那一路 请予关闭", wl(False))  # 秦老师
act("power", "把空调打开 妈说屋里闷", on("ac"))  # 小周
act("power", "电视盒子打开 爸要看戏曲频道", on("box"))  # 阿杰
act("power", "水壶插座开一下 给爸妈泡壶茶", on("kettle"))  # 小周
act("power", "电视盒子开一下 放点白噪音我好背书", on("box"))  # 小宋
act("power", "床头灯开一下 我再过一遍笔记", on("bulb"))  # 小蔡
act("power", "空调开了吧 屋里太闷了看不进去", on("ac"))  # 小宋
act("power", "净化器开开 鼻子堵死了", on("pur"))  # 老李
act("power", "床头灯打开 我找下感冒药", on("bulb"))  # 老李
act("power", "水壶插座打开 我冲包感冒冲剂", on("kettle"))  # 老李
act("power", "开下部电视 看下挂了八号风球没有", on("tv"), note="港式 '部' = the classifier of a TV")  # 陈太, 香港
act("power", "客厅个大灯熄掉先 慳点电", off("ceil"), note="港式 '熄' = 关 (a light), '慳' = save, '先' at the end = first")  # 陈太
act("power", "空调开起来 大家进屋凉快凉快", on("ac"))  # 老范家烧烤
act("power", "墙上开关右边那个打开", wr(True))  # 老范家烧烤
act("power", "客厅顶灯关了 我们看花灯", off("ceil"))  # 元宵节
act("power", "电视打开 元宵晚会开始了", on("tv"))  # 元宵节
act("power", "打开卧室的灯 试试看", on("bulb"))  # 王姨, 第一天
act("power", "帮我把净化器开一下 看看灵不灵", on("pur"))  # 王姨, 第一天
act("power", "劳驾 把电视给我开开", on("tv"))  # 金大爷, 北京
act("power", "客厅那灯给关喽 忒晃眼", off("ceil"), note="北京 '忒' = 太")  # 金大爷, 北京
act("power", "空调给开开 今儿忒热了", on("ac"))  # 金大爷, 北京
act("power", "麻利儿把床头灯开开 我找眼镜", on("bulb"), note="北京 '麻利儿' = 快")  # 金大爷, 北京
act("power", "电视盒子给我开开 听段相声", on("box"))  # 金大爷, 北京
act("power", "恁把那个净化器开开 屋里杠呛", on("pur"), note="济南 '恁' = 你, '杠' = 很")  # 孙大姨, 济南
act("power", "电视盒子给俺开开 俺看会儿吕剧", on("box"))  # 孙大姨, 济南
act("power", "俺要喝汤了 水壶插座开开", on("kettle"), note="济南 '喝汤' = 吃晚饭")  # 孙大姨, 济南
act("power", "客厅那个大灯关了吧 杠晃眼", off("ceil"))  # 孙大姨, 济南
act("power", "净化器打开 今天考完试回来睡一觉", on("pur"))  # 小蔡

# ---------------- set ----------------
act("set", "床头灯亮度开到百分之百 给大宝梳头", br("bulb", 100))  # 刘姐
act("set", "吸顶灯换成阅读模式 他们在写作业", lmode(2))  # 刘姐
act("set", "窗帘拉到一半 太阳晃着三宝眼睛了", curt_half())  # 刘姐
act("set", "请将空调温度设定为二十二摄氏度", tt(22))  # 秦老师
act("set", "床头灯色温请设为两千七百开尔文", ct("bulb", 2700))  # 秦老师
act("set", "请把窗帘开到百分之三十", pos(30))  # 秦老师
act("set", "请将吸顶灯亮度设为百分之四十五", br("ceil", 45))  # 秦老师
act("set", "空调调到制热 爸怕冷", acmode(3))  # 小周
act("set", "净化器调到睡眠模式 妈今晚睡卧室", pmode(1))  # 阿杰
act("set", "客厅灯调成夜灯模式 爸妈要睡了", lmode(1))  # 小周
act("set", "床头灯换成蓝色 据说能提神", col(BLUE))  # 小蔡
act("set", "空调调到二十一度 冷点脑子清醒", tt(21))  # 小宋
act("set", "扫地机吸力开到最大 薯片渣满地都是", vfan(3))  # 小宋
act("set", "电视切到HDMI2 游戏机插在那个口", inp(2))  # 小宋
act("set", "空调二十六度 我一阵一阵发冷", tt(26))  # 老李
act("set", "净化器风速调到高档", pfan(3))  # 老李
act("set", "空调开抽湿 屋企好湿", acmode(2), note="港式 '抽湿' = 除湿 (Dry), '屋企' = 家")  # 陈太, 香港
act("set", "窗帘拉埋 玻璃好惊爆", CLOSE(), note="港式 '拉埋' = 拉上, closed fully")  # 陈太, 香港
act("set", "空调风速调到高", acfan(3))  # 老范家烧烤
act("set", "空调打开上下扫风", vswing(True))  # 老范家烧烤
act("set", "空调左右摆风打开 风吹到门口", hswing(True))  # 老范家烧烤
act("set", "床头灯调成红色 过节喜庆", col(RED))  # 元宵节
act("set", "床头灯调成黄色 像个灯笼", col(YELLOW))  # 元宵节
act("set", "把客厅的灯调到百分之五十", br("ceil", 50))  # 王姨, 第一天
act("set", "空调设成制冷模式", acmode(1))  # 王姨, 第一天
act("set", "扫地机吸力调成标准", vfan(1))  # 王姨, 第一天
act("set", "净化器按键锁一下 侄子们要来", lock(True))  # 老范家烧烤
act("set", "空调节能模式打开 上个月电费太吓人", eco(True))  # 小周
act("set", "水壶插座设成来电以后自动通电", P("kettle", "switch.default-power-on-state", 1))  # 王姨, 第一天
act("set", "空调给我调到二十五 甭太凉", tt(25), note="北京 '甭' = 不用")  # 金大爷, 北京
act("set", "吸顶灯给调成看电视那个模式", lmode(3))  # 金大爷, 北京
act("set", "窗帘给拉上一半儿", curt_half())  # 金大爷, 北京
act("set", "空调调到二十三 俺夜来热得睡不着", tt(23), note="济南 '夜来' = 昨天")  # 孙大姨, 济南
act("set", "床头灯调成绿的", col(GREEN))  # 孙大姨, 济南
act("set", "扫地机调成强力 地上杠脏", vfan(2))  # 孙大姨, 济南

# ---------------- relative ----------------
act("relative", "客厅亮一点 大宝看不清字", brightC())  # 刘姐
act("relative", "音乐小点声 我听不见电话", quieter("spk"), note="music is the speaker's")  # 刘姐
act("relative", "床头灯色调偏冷 请调暖一些", warmer("bulb"))  # 秦老师
act("relative", "请将空调温度降低一度", cooler())  # 秦老师
act("relative", "客厅灯暗一点 太刺眼了", dimC())  # 小周
act("relative", "妈说有点冷 屋里暖和一点", hotter())  # 阿杰
act("relative", "音箱太吵了 她在开视频会", tooloud("spk"))  # 小宋
act("relative", "床头灯调暗点 看屏幕看得头疼", dimmer("bulb"))  # 小蔡
act("relative", "吸顶灯调白一点 我要犯困了", cooler_white("ceil"))  # 小宋
act("relative", "冷死了 温度调高点", hotter())  # 老李
act("relative", "净化器风再大一档", up("pur", PUR_FAN))  # 老李
act("relative", "窗帘再拉埋一点 风好大", curt_less())  # 陈太, 香港
act("relative", "电视大声啲 雨声太大听不到", louder("tv"), note="港式 '大声啲' = 大声点")  # 陈太, 香港
act("relative", "屋里太热了 空调再调低两度", cooler())  # 老范家烧烤
act("relative", "音箱大声点 阳台上听不见", louder("spk"))  # 老范家烧烤
act("relative", "扫地机吸力再大点 地上全是炭灰", up("vac", VAC_FAN))  # 老范家烧烤
act("relative", "床头灯再暖一点 像灯笼那样", warmer("bulb"))  # 元宵节
act("relative", "电视盒子声音小一点", quieter("box"))  # 元宵节
act("relative", "把客厅灯调亮一点", brightC())  # 王姨, 第一天
ask("relative", "这灯忒亮了 给调暗点儿", LIGHTS, note="'这灯' names no light; two lights")  # 金大爷, 北京
act("relative", "空调温度给往上调调 有点儿凉", hotter())  # 金大爷, 北京
act("relative", "电视声儿给调小点儿", quieter("tv"))  # 金大爷, 北京
act("relative", "恁把音箱声音开大点 俺听不清", louder("spk"))  # 孙大姨, 济南
act("relative", "屋里杠热 空调凉快点", cooler())  # 孙大姨, 济南
act("relative", "床头灯杠暗 调亮点", brighter("bulb"))  # 孙大姨, 济南
act("relative", "吸顶灯调暖和点", warmer("ceil"))  # 孙大姨, 济南
act("relative", "电视盒子声太大了 俺孙子睡了", tooloud("box"))  # 孙大姨, 济南
act("relative", "窗帘往下放点 太阳晒着沙发了", curt_less())  # 刘姐
act("relative", "扫地机劲儿给调大点儿 这猫毛", up("vac", VAC_FAN))  # 金大爷, 北京
act("relative", "音箱声音再小一点 准备睡了", quieter("spk"))  # 小蔡

# ---------------- media ----------------
act("media", "电视暂停 先把早饭吃了", tvp("pause"))  # 刘姐
act("media", "电视盒子打开网飞 给三宝看动画", app("box", NETFLIX))  # 刘姐
act("media", "音箱下一首 大宝不喜欢这首", sp("next"))  # 刘姐
act("media", "电视静音 我给老师回个电话", mute("tv"))  # 刘姐
act("media", "请将音箱静音", mute("spk"))  # 秦老师
act("media", "请把电视音量设为二十五", vol("tv", 25))  # 秦老师
act("media", "音箱请继续播放", sp("play"))  # 秦老师
act("media", "电视切到HDMI3 爸带了旅游照片", inp(3))  # 阿杰
act("media", "音箱音量调到三十 当背景音乐", vol("spk", 30))  # 小周
act("media", "电视盒子暂停 开饭了", boxp("pause"))  # 小周
act("media", "音箱上一首 刚才那首好听", sp("previous"))  # 小蔡
act("media", "电视盒子打开优酷 看网课回放", app("box"))  # 小宋
act("media", "电视盒子停止播放 我要专心复习", boxp("stop"))  # 小蔡
act("media", "音箱放点歌 一个人闷得慌", sp("play"))  # 老李
act("media", "电视打开网飞 我今天哪也不去了", app("tv", NETFLIX))  # 老李
act("media", "电视音量调到十五 脑袋疼", vol("tv", 15))  # 老李
act("media", "电视转去USB 下载好的戏在U盘", inp(5), note="港式 '戏' = 电影")  # 陈太, 香港
act("media", "音箱停一停先 我听下外面风几大", sp("pause"))  # 陈太, 香港
act("media", "音箱音量开到七十", vol("spk", 70))  # 老范家烧烤
act("media", "换首歌 这首太丧了", sp("next"), note="only the speaker has next/previous")  # 老范家烧烤
act("media", "电视盒子打开爱奇艺 看元宵晚会重播", app("box"))  # 元宵节
act("media", "电视盒子按一下主页键", key(6))  # 元宵节
act("media", "电视盒子往下按一下", key(1))  # 王姨, 第一天
act("media", "电视盒子播放", boxp("play"))  # 王姨, 第一天
act("media", "电视给静音喽 接个电话", mute("tv"))  # 金大爷, 北京
act("media", "音箱给我来段京剧 倍儿爱听", sp("play"), note="北京 '倍儿' = 很; a genre cannot be chosen: play")  # 金大爷
act("media", "电视盒子给按一下返回键", key(5))  # 金大爷, 北京
act("media", "音箱这个俺听够了 下一个", sp("next"))  # 孙大姨, 济南
act("media", "电视盒子暂停 俺接个电话", boxp("pause"))  # 孙大姨, 济南
act("media", "电视盒子音量调到三十", vol("box", 30))  # 孙大姨, 济南
act("media", "电视暂停一下 俺去趟茅房", tvp("pause"))  # 孙大姨, 济南
act("media", "电视盒子往右按一下", key(3))  # 孙大姨, 济南
act("media", "电视盒子打开网飞 孙子要看", app("box", NETFLIX))  # 孙大姨, 济南
act("media", "音箱静音 宝宝们在听写", mute("spk"))  # 刘姐
act("media", "电视盒子按菜单", key(7))  # 王姨, 第一天

# ---------------- scene ----------------
act("scene", "早安场景 今天要上学", S("good-morning"))  # 刘姐
act("scene", "请执行名为晚安的场景", S("good-night"))  # 秦老师
act("scene", "开观影模式 看婚礼录像", S("movie"), note="观影模式 is no home mode: the Movie scene (TEST3.md)")  # 小周
act("scene", "我们接爸妈回来了 欢迎回家", S("welcome-home"))  # 阿杰
act("scene", "晚安 今天复习不动了", S("good-night"))  # 小蔡
act("scene", "开观影场景 今天就躺着看片了", S("movie"))  # 老李
act("scene", "晚安吧 吃完药睡了", S("good-night"))  # 老李
act("scene", "执行晚安场景 早点瞓", S("good-night"), note="港式 '瞓' = 睡")  # 陈太, 香港
act("scene", "开欢迎回家 我们买肉回来了", S("welcome-home"))  # 老范家烧烤
no("scene", "开烧烤场景", note="no such scene")  # 老范家烧烤
act("scene", "开电影场景 一家人看个片", S("movie"))  # 元宵节
no("scene", "开元宵场景", note="no such scene")  # 元宵节
act("scene", "试一下早上好场景", S("good-morning"))  # 王姨, 第一天
act("scene", "执行欢迎回家 试试", S("welcome-home"))  # 王姨, 第一天
act("scene", "得嘞 晚安 我歇了", S("good-night"))  # 金大爷, 北京
act("scene", "早安模式给开开", S("good-morning"), note="早安模式 is no home mode: the Good morning scene")  # 金大爷, 北京
act("scene", "清起来了 开早安场景", S("good-morning"), note="济南 '清起来' = 早上")  # 孙大姨, 济南
act("scene", "俺要看电影了 开观影", S("movie"))  # 孙大姨, 济南
act("scene", "俺回来了 开欢迎回家", S("welcome-home"))  # 孙大姨, 济南
act("scene", "晚安场景 大宝二宝三宝都睡了", S("good-night"))  # 刘姐

# ---------------- query ----------------
q("大门关好了没 孩子们刚出去", ("door", "magnet-sensor.contact-state"))  # 刘姐
q("扫地机电量还剩多少", ("vac", "battery.battery-level"))  # 刘姐
q("请问卧室现在的温度是多少", ("therm", "environment.temperature"))  # 秦老师
q("请问卧室湿度是多少", ("therm", "environment.relative-humidity"))  # 秦老师
q("请告知净化器检测到的空气质量", ("pur", "environment.air-quality"))  # 秦老师
q("空调开着没有 妈问呢", ("ac", "air-conditioner.on"))  # 小周
q("客厅现在多少度", ("ac", "environment.temperature"))  # 阿杰
q("音箱音量现在是多少", ("spk", "speaker.volume"))  # 小宋
q("床头灯还亮着吗", ("bulb", "light.on"))  # 小蔡
q("门开了多久了 谁出去没关门", ("door", "magnet-sensor.open-duration"))  # 小宋
q("卧室PM2.5多少", ("pur", "environment.pm25-density"))  # 老李
q("水壶插座开着吗", ("kettle", "switch.on"))  # 老李
q("水壶插座现在功率多少", ("kettle", "power-consumption.electric-power"))  # 老李
q("插座电压几多 头先灯闪了一下", ("kettle", "power-consumption.voltage"), note="港式 '几多' = 多少, '头先' = 刚才")  # 陈太
q("窗帘拉埋了没有", ("curt", "curtain.current-position"))  # 陈太, 香港
q("客厅有没有人郁动", ("mot", "motion-sensor.motion-state"), note="港式 '郁动' = 动")  # 陈太, 香港
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 老范家烧烤
q("电视开着没", ("tv", "television.on"))  # 老范家烧烤
q("净化器滤芯寿命还剩多少", ("pur", "filter.filter-life-level"))  # 老范家烧烤
q("温度计电池还有多少", ("therm", "battery.battery-level"))  # 王姨, 第一天
q("吸顶灯现在是什么模式", ("ceil", "light.mode"))  # 王姨, 第一天
q("扫地机在充电吗", ("vac", "battery.charging-state"))  # 王姨, 第一天
q("扫地机干完活儿没有", ("vac", "vacuum.status"))  # 金大爷, 北京
q("客厅那灯现在多亮", ("ceil", "light.brightness"))  # 金大爷, 北京
q("卧室杠冷 现在几度", ("therm", "environment.temperature"))  # 孙大姨, 济南
q("大门关上了吗 俺怕猫跑出去", ("door", "magnet-sensor.contact-state"))  # 孙大姨, 济南
q("插座一共用了多少度电了", ("kettle", "power-consumption.power-consumption"))  # 孙大姨, 济南
q("电视盒子开着没", ("box", "tv-box.on"))  # 孙大姨, 济南
q("人体传感器电池还剩多少", ("mot", "battery.battery-level"))  # 孙大姨, 济南
q("扫地机吸力现在是几档", ("vac", "vacuum.fan-level"))  # 孙大姨, 济南

# ---------------- group ----------------
act("group", "所有灯都关了 送孩子上学去", off("bulb"), off("ceil"))  # 刘姐
act("group", "厨房里的东西都打开 我做便当", on("kettle"), note="everything in the kitchen = the kettle plug only")  # 刘姐
act("group", "请关闭家中所有的灯", off("bulb"), off("ceil"))  # 秦老师
act("group", "把所有灯都打开 爸妈到楼下了", on("bulb"), on("ceil"))  # 小周
act("group", "全部静音 妈要讲两句", MUTE_ALL)  # 阿杰
act("group", "客厅所有电器都关掉 我们去图书馆了", LIVING_OFF)  # 小宋
act("group", "所有灯亮度调到三十", br("bulb", 30), br("ceil", 30))  # 小蔡
act("group", "卧室的东西都打开 我回床上躺着", on("bulb"), on("pur"), note="the thermometer cannot be switched")  # 老李
act("group", "屋企所有电器关晒 打风了", ALL_OFF, note="港式 '晒' = 全部, '打风' = typhoon")  # 陈太, 香港
act("group", "墙上两个掣都开晒", wl(True), wr(True), note="港式 '掣' = switch")  # 陈太, 香港
act("group", "所有在放的都暂停 开吃了", pause_all())  # 老范家烧烤
act("group", "所有灯都打开 元宵节亮亮堂堂的", on("bulb"), on("ceil"))  # 元宵节
no("group", "把玄关的灯全部打开", note="the hallway has no light")  # 王姨, 第一天
act("group", "家里灯全给关喽", off("bulb"), off("ceil"))  # 金大爷, 北京
act("group", "客厅的电器全给关了 我遛弯儿去", LIVING_OFF)  # 金大爷, 北京
act("group", "恁把灯都关了吧 俺睡了", off("bulb"), off("ceil"))  # 孙大姨, 济南
act("group", "俺家所有的灯都开开", on("bulb"), on("ceil"))  # 孙大姨, 济南
act("group", "所有灯都调暗点", dimC(), dimmer("bulb"), note="group brightness changes leave the off bulb's power alone")  # 孙大姨
act("group", "客厅里的灯全都关上", off("ceil"), note="the living room has one light")  # 孙大姨, 济南
no("group", "过道的灯都关了", note="过道 = the hallway, which has no light")  # 孙大姨, 济南

# ---------------- mode ----------------
act("mode", "离家模式 我们都出门了", M("away"))  # 刘姐
act("mode", "请将家庭模式设为睡眠", M("sleep"))  # 秦老师
act("mode", "在家模式 我们回来了", M("home"))  # 小周
act("mode", "开睡眠模式 我先躺了", M("sleep"))  # 老李
no("mode", "开台风模式", note="no such home mode")  # 陈太, 香港
act("mode", "切换到离家模式", M("away"))  # 王姨, 第一天
act("mode", "得 出门了 离家模式给开上", M("away"))  # 金大爷, 北京
act("mode", "睡觉模式给开开", M("sleep"))  # 金大爷, 北京
act("mode", "俺回来了 调成在家模式", M("home"))  # 孙大姨, 济南
no("mode", "开派对模式", note="no such home mode")  # 老范家烧烤

# ---------------- timer ----------------
act("timer", "二十分钟后关电视 该上学了", off("tv"), delay=1200)  # 刘姐
act("timer", "四十五分钟后请关闭床头灯", off("bulb"), delay=2700)  # 秦老师
act("timer", "半小时后把水壶插座打开 歇一会儿", on("kettle"), delay=1800)  # 小宋
act("timer", "一小时后把客厅灯关了 那时候我该睡着了", off("ceil"), delay=3600)  # 老李
act("timer", "十分钟之后拉埋窗帘", CLOSE(), delay=600)  # 陈太, 香港
act("timer", "三个小时后扫地机开始扫", sweep(), delay=10800)  # 老范家烧烤
act("timer", "五分钟后打开电视", on("tv"), delay=300)  # 王姨, 第一天
no("timer", "回头把电视给关了", note="北京 '回头' = later: no delay can be read, nothing now")  # 金大爷, 北京
act("timer", "过一刻钟把空调开开", on("ac"), delay=900)  # 孙大姨, 济南
act("timer", "一个钟头以后把床头灯开开", on("bulb"), delay=3600)  # 孙大姨, 济南

# ---------------- safety ----------------
no("safety", "二宝 别冲着音箱喊")  # 刘姐
no("safety", "把那个 哎 书包呢")  # 刘姐
no("safety", "别开电视 今天要上学")  # 刘姐
no("safety", "打开洗碗机 妈要帮忙", note="no dishwasher")  # 小周
no("safety", "关灯 哦不 先别关 爸还在看报纸")  # 阿杰
no("safety", "好的 谢谢 没有别的事了")  # 秦老师
no("safety", "请将空调调到三十五度", note="outside 16-30")  # 秦老师
ask("safety", "把它调小点 我要专心", SOUND, note="'它' names nothing; three devices have a volume")  # 小蔡
no("safety", "打印机把笔记打印一下", note="no printer")  # 小宋
no("safety", "阿嚏 把那个")  # 老李
no("safety", "给我煮碗姜汤")  # 老李
no("safety", "卧室暖气开一下 我发冷", note="no heating; the only AC is in the living room")  # 老李
no("safety", "锁实道大门 风一直吹进来", note="the front door is a contact sensor")  # 陈太, 香港
no("safety", "今晚会不会挂十号风球")  # 陈太, 香港
ask("safety", "开灯啊 快 系咪停电", LIGHTS, note="港式 '系咪' = 是不是; two lights")  # 陈太, 香港
no("safety", "把烤炉打开", note="no grill")  # 老范家烧烤
ask("safety", "大点声 外面听不见", SOUND)  # 老范家烧烤
no("safety", "元宵节快乐 吃汤圆了吗")  # 元宵节
no("safety", "给我们出个灯谜猜猜")  # 元宵节
no("safety", "喂 你在听吗")  # 王姨, 第一天
no("safety", "打开厨房的灯", note="the kitchen has no light")  # 王姨, 第一天
no("safety", "您吃了吗")  # 金大爷, 北京
no("safety", "甭动空调 我刚调好", note="北京 '甭' = don't")  # 金大爷, 北京
no("safety", "恁这个机器还怪会拉呱", note="济南 '拉呱' = 聊天")  # 孙大姨, 济南
ask("safety", "暂停一下 俺接个电话", PLAYERS)  # 孙大姨, 济南
ask("safety", "打开网飞 孙子要看", APPS)  # 孙大姨, 济南
