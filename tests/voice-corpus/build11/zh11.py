"""test11, Chinese: hand-written utterances, one a line, each with a comment naming its voice.

Plain: 林家 (林妈妈, 林爸爸, 林晓 高二, 林哲 初二), 苏护士 (ICU 夜班, 白天睡觉), 老郑 (做饭手上不空, 请朋友吃饭),
糖糖 七岁生日, 停电后来电 (林爸爸), 小何 (在家办公的设计师), 下雨的周末.
Regional: 南京 (阿, 一刚刚, 多大事, 乖乖隆地咚, 潽), 乌鲁木齐 (亚克西, 没麻达, …得很, 唦, 歇一哈, 巴郎子),
潮汕 (胶己, 好势, 伊, 乜, 未, 唔好, 食茶), 槟城 Malaysian Chinese code-switching (on 掉, off 掉, aircon, volume,
lah, leh, hor, 酱, makan)."""
import lib
from lib import (act, q, ask, no, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode, acfan, vol,
                 mute, unmute, inp, pmode, pfan, vfan, sweep, dock, key, up, dn, hotter, cooler, brighter, dimmer,
                 louder, quieter, sp, tvp, boxp, app, S, M, P, A, C, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS,
                 LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vstop, vpause, vswing, hswing, eco, lock, warmer, cooler_white,
                      curt_more, curt_less, tooloud, say, curtstop, MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW,
                      curt_half)

lib.lang("zh")
BED = ["bedroom-bulb", "bedroom-purifier"]

# ---------------------------------------------------------------- power (36)
act("power", "把水壶插座打开 我要给孩子冲奶粉", on("kettle"))  # 林妈妈
act("power", "客厅吸顶灯关掉吧 都出门上学了", off("ceil"))  # 林妈妈
act("power", "林哲又没关电视盒子 帮我关了", off("box"))  # 林爸爸
act("power", "床头灯开一下 我找不到耳机了", on("bulb"))  # 林晓
act("power", "把净化器打开 屋里一股火锅味", on("pur"))  # 林晓
act("power", "电视关了 我下了夜班要睡了", off("tv"))  # 苏护士
act("power", "窗帘拉上 白天太亮睡不着", CLOSE())  # 苏护士
act("power", "空调关掉 嗡嗡响吵得我睡不着", off("ac"))  # 苏护士
act("power", "我手上全是油 帮我把水壶插座关了", off("kettle"))  # 老郑
act("power", "手上在剁馅儿呢 帮我把电视开开", on("tv"))  # 老郑
act("power", "来电了 把净化器重新打开", on("pur"))  # 停电 林爸爸
act("power", "墙上开关右边那个打开", wr(True))  # 停电 林爸爸
act("power", "把客厅窗帘拉开 我要开视频会议", OPEN())  # 小何
act("power", "墙壁开关左边的关一下", wl(False))  # 小何
act("power", "下雨出不去 让扫地机器人扫一遍吧", sweep())  # 雨天周末
act("power", "电视盒子开一下 找部片子看", on("box"))  # 雨天周末
ask("power", "灯开一下 要点蜡烛了看不清", LIGHTS)  # 糖糖生日
act("power", "扫地机器人回去充电吧 蛋糕渣扫完了", dock())  # 糖糖生日
no("power", "把烤箱打开 蛋糕要烤了", note="no oven")  # 糖糖生日
no("power", "开一下抽油烟机", note="no range hood")  # 老郑
# 南京
act("power", "把大灯开开 黑得一刚刚都看不见", on("ceil"))  # 南京
act("power", "电视关掉 多大事啊 明个再看", off("tv"))  # 南京
act("power", "水壶插头关掉 水都潽出来了", off("kettle"), note="南京 潽 = boil over")  # 南京
# 乌鲁木齐
act("power", "空调开上唦 热得很", on("ac"))  # 乌鲁木齐
act("power", "床头灯关掉唦 巴郎子睡了", off("bulb"))  # 乌鲁木齐
act("power", "净化器开上 外面沙尘暴来了", on("pur"))  # 乌鲁木齐
# 潮汕
act("power", "帮我把电视盒子开起来 胶己要看戏", on("box"))  # 潮汕
act("power", "电视伊还开着 关掉伊", off("tv"))  # 潮汕
act("power", "食茶要烧水 水壶插座开一下", on("kettle"))  # 潮汕
# 槟城
act("power", "aircon 帮我 on 掉 热到 lah", on("ac"), note="on 掉 = switch on")  # 槟城
act("power", "TV off 掉 leh 要睡了", off("tv"))  # 槟城
act("power", "bedroom 的 light on 起来", on("bulb"))  # 槟城
act("power", "curtain 拉开 hor 今天 sunny", OPEN())  # 槟城
act("power", "purifier off 掉 酱就好", off("pur"))  # 槟城
act("power", "扫地机 stop 先 有人在 call 我", vstop())  # 槟城
no("power", "把热水器开了 我要洗头", note="no water heater")  # 林晓

# ---------------------------------------------------------------- set (36)
act("set", "吸顶灯亮度调到百分之六十 孩子写作业", br("ceil", 60))  # 林妈妈
act("set", "空调调到二十五度", tt(25))  # 林爸爸
act("set", "空调改成制热", acmode(3))  # 林爸爸
act("set", "床头灯换成粉色的", col(0xFFC0CB), note="粉色 = 0xFFC0CB")  # 林晓
act("set", "床头灯调成蓝色 像海底一样", col(BLUE))  # 林晓
act("set", "吸顶灯调到阅读模式 林哲要看书", lmode(2))  # 林妈妈
act("set", "窗帘关到百分之二十 留一条缝就行", pos(20))  # 苏护士
act("set", "床头灯亮度百分之三 我起来喝口水", br("bulb", 3))  # 苏护士
act("set", "净化器调成睡眠模式", pmode(1))  # 苏护士
act("set", "空调风速调成低档", acfan(1))  # 苏护士
act("set", "吸顶灯调到最亮 我要看清楚刀", br("ceil", 100))  # 老郑
act("set", "空调开除湿 厨房蒸汽太大了", acmode(2), note="the AC is in the living room; the mode is what was asked")  # 老郑
act("set", "床头灯换成黄色 生日派对用", col(YELLOW))  # 糖糖生日
act("set", "水壶插座设置成来电后保持关闭", P("kettle", "switch.default-power-on-state", 0))  # 停电
act("set", "来电以后插座恢复断电前的状态", P("kettle", "switch.default-power-on-state", 2), note="the home's only outlet")  # 停电
act("set", "扫地机吸力开到最大 地上全是彩带", vfan(3))  # 糖糖生日
act("set", "吸顶灯色温调到五千五 要开视频", ct("ceil", 5500))  # 小何
act("set", "空调二十六度 再把节能打开", tt(26), eco(True))  # 小何
act("set", "空调上下扫风打开", vswing(True))  # 雨天周末
act("set", "给净化器加个童锁 糖糖老去按", lock(True))  # 糖糖妈妈
no("set", "空调调到十二度", note="out of range 16-30")  # 林哲
no("set", "吸顶灯调成绿色", note="the ceiling light has no colour")  # 林晓
no("set", "床头灯色温调到一千度", note="colour temperature 1700-6500 K")  # 小何
# 南京
act("set", "空调打到二十四度 热得不得了", tt(24))  # 南京
act("set", "窗帘拉到一半 阿好", curt_half())  # 南京
# 乌鲁木齐
act("set", "净化器调成自动唦", pmode(0))  # 乌鲁木齐
act("set", "空调制冷 二十二度 没麻达", acmode(1), tt(22))  # 乌鲁木齐
act("set", "扫地机吸力调成标准的 吵得很", vfan(1))  # 乌鲁木齐
# 潮汕
act("set", "床头灯调做红色 好势", col(RED))  # 潮汕
act("set", "吸顶灯调到夜灯模式", lmode(1))  # 潮汕
act("set", "空调风调到中档", acfan(2))  # 潮汕
# 槟城
act("set", "aircon set 去 二十三 度", tt(23))  # 槟城
act("set", "ceiling light 调去 百分之三十 酱 ok", br("ceil", 30))  # 槟城
act("set", "aircon 转去 fan mode 就好", acmode(4), note="送风")  # 槟城
act("set", "purifier 的 fan 开到 high", pfan(3))  # 槟城
act("set", "bedroom light 换 warm white 颜色", ct("bulb", 2700))  # 槟城

# ---------------------------------------------------------------- relative (31)
act("relative", "吸顶灯太刺眼了 调暗一点", dimC())  # 林妈妈
act("relative", "空调再调高一度 孩子说冷", hotter())  # 林妈妈
act("relative", "床头灯再亮一点 我看不清题", brighter("bulb"))  # 林晓
act("relative", "客厅热死了", cooler(), note="one AC: lower its set point")  # 林哲
act("relative", "床头灯再暗一点点", dimmer("bulb"))  # 苏护士
act("relative", "窗帘再关一点 太阳照到脸上了", curt_less())  # 苏护士
act("relative", "卧室太黑了 找不到拖鞋", darkBedroom())  # 苏护士
act("relative", "吸顶灯调亮点 我在切菜", brightC())  # 老郑
act("relative", "吸顶灯颜色暖一点 吃饭有气氛", warmer("ceil"))  # 老郑
act("relative", "客厅有点冷 朋友都穿着短袖", hotter(), note="one AC")  # 老郑
act("relative", "净化器风大一点 烤肉的烟太大", up("pur", "air-purifier.fan-level"))  # 老郑
ask("relative", "灯暗一点 要唱生日歌了", LIGHTS)  # 糖糖生日
act("relative", "吸顶灯再亮点 拍照好看", brightC())  # 糖糖生日
act("relative", "窗帘再拉开一点 开会光线太暗", curt_more())  # 小何
act("relative", "吸顶灯白一点 我快睡着了", cooler_white("ceil"))  # 小何
act("relative", "扫地机吸力小一点 我在打电话", dn("vac", "vacuum.fan-level"))  # 小何
ask("relative", "亮一点吧 外面下雨天太阴了", LIGHTS)  # 雨天周末
no("relative", "温湿度计调高两度", note="the thermometer has nothing to set")  # 雨天周末
# 南京
act("relative", "床头灯调暗一刚刚", dimmer("bulb"), note="南京 一刚刚 = a little")  # 南京
act("relative", "乖乖隆地咚 客厅冷得要死", hotter())  # 南京
act("relative", "客厅的灯阿能再亮一点", brightC(), note="南京 阿 = question particle")  # 南京
# 乌鲁木齐
act("relative", "客厅的灯暗些", dimC())  # 乌鲁木齐
act("relative", "空调再凉些 热得很", cooler())  # 乌鲁木齐
# 潮汕
act("relative", "床头灯加光一点", brighter("bulb"), note="潮汕 加光 = brighter")  # 潮汕
act("relative", "客厅有够热 冷气调低一点", cooler())  # 潮汕
act("relative", "窗帘再开大一点", curt_more())  # 潮汕
# 槟城
act("relative", "bedroom light dim 一点 lah", dimmer("bulb"))  # 槟城
act("relative", "很 cold leh 客厅 aircon 调高一点", hotter())  # 槟城
act("relative", "ceiling light 亮 一点 can", brightC())  # 槟城
act("relative", "purifier fan 小声一点 我要 sleep", dn("pur", "air-purifier.fan-level"))  # 槟城
act("relative", "床头灯颜色冷一点 太黄了", cooler_white("bulb"))  # 林晓

# ---------------------------------------------------------------- media (36)
act("media", "电视打开网飞 给孩子看动画", app("tv", NETFLIX))  # 林妈妈
act("media", "电视切到HDMI2 林哲要打游戏", inp(2))  # 林哲
act("media", "切歌 这首太土了", sp("next"))  # 林晓
act("media", "上一首 刚才那首好听", sp("previous"))  # 林晓
act("media", "音箱音量调到三十", vol("spk", 30))  # 林爸爸
act("media", "电视静音 广告吵死了", mute("tv"))  # 林爸爸
act("media", "电视盒子暂停 我去拿零食", boxp("pause"))  # 林哲
act("media", "音箱静音 我要睡觉", mute("spk"))  # 苏护士
act("media", "电视声音太大了", tooloud("tv"))  # 苏护士
act("media", "音箱放歌 我手上都是面", sp("play"))  # 老郑
act("media", "让音箱说开饭了", say("开饭了"))  # 老郑
act("media", "音箱声音大一点 客人听不见", louder("spk"))  # 老郑
act("media", "让音箱说 糖糖生日快乐", say("糖糖生日快乐"))  # 糖糖生日
act("media", "音箱播放生日歌", sp("play"), note="no song argument; play the speaker")  # 糖糖生日
act("media", "音箱取消静音 会开完了", unmute("spk"))  # 小何
act("media", "电视盒子音量调到十五", vol("box", 15))  # 小何
act("media", "电视盒子继续播", boxp("play"))  # 雨天周末
act("media", "电视盒子打开优酷", app("box"))  # 雨天周末
act("media", "电视盒子遥控器按一下返回", key(5))  # 雨天周末
ask("media", "声音小一点 隔壁小孩在睡觉", SOUND)  # 林妈妈
ask("media", "打开网飞 我们看个片", APPS)  # 雨天周末
no("media", "净化器放点音乐", note="the purifier plays nothing")  # 林晓
# 南京
act("media", "电视声音阿能小一点", quieter("tv"))  # 南京
act("media", "音箱下一首 这个韶得很", sp("next"), note="南京 韶 = chatters on")  # 南京
# 乌鲁木齐
act("media", "音箱放个歌唦 亚克西", sp("play"))  # 乌鲁木齐
act("media", "电视声音大些 听不清", louder("tv"))  # 乌鲁木齐
act("media", "电视盒子停掉 不看了", boxp("stop"))  # 乌鲁木齐
# 潮汕
act("media", "电视个声关掉", mute("tv"), note="潮汕 个 = 的; sound off = mute")  # 潮汕
act("media", "电视切去HDMI1 看伊个碟", inp(1))  # 潮汕
act("media", "音箱停一下 我接电话", sp("pause"))  # 潮汕
# 槟城
act("media", "TV 开 Netflix lah", app("tv", NETFLIX))  # 槟城
act("media", "speaker volume 大声一点", louder("spk"))  # 槟城
act("media", "这首 song 很 boring 换 next", sp("next"))  # 槟城
act("media", "TV box 的 volume 小声一点 hor", quieter("box"))  # 槟城
act("media", "TV 转去 HDMI 3", inp(3))  # 槟城
act("media", "TV box 按 home 那个 button", key(6))  # 槟城

# ---------------------------------------------------------------- scene (21)
act("scene", "早上好 全家起床了", S("good-morning"))  # 林妈妈
act("scene", "执行晚安场景 孩子们睡了", S("good-night"))  # 林爸爸
act("scene", "开电影模式 周五电影夜", S("movie"))  # 林哲
act("scene", "我们放学回来啦", S("welcome-home"), note="coming home = welcome home")  # 林晓
act("scene", "晚安 我要补觉了", S("good-night"))  # 苏护士
act("scene", "运行早安场景 虽然是下午 我刚起", S("good-morning"), note="the scene is named")  # 苏护士
act("scene", "启动观影场景 大家看球赛回放", S("movie"))  # 老郑
act("scene", "开回家场景 客人快到了", S("welcome-home"), note="the scene is named")  # 老郑
no("scene", "打开生日派对场景", note="no such scene")  # 糖糖生日
act("scene", "小朋友们看电影啦 开观影模式", S("movie"))  # 糖糖生日
no("scene", "执行烛光晚餐场景", note="no such scene")  # 老郑
act("scene", "淋成落汤鸡了 到家了", S("welcome-home"))  # 雨天周末
# 南京
act("scene", "晚安啊 我克睡觉了", S("good-night"), note="南京 克 = 去")  # 南京
act("scene", "回来了 今个累死了", S("welcome-home"))  # 南京
# 乌鲁木齐
act("scene", "早上好唦 起来吃拉条子", S("good-morning"))  # 乌鲁木齐
act("scene", "阿达西们 看电影了 开观影模式", S("movie"))  # 乌鲁木齐
# 潮汕
act("scene", "晚安 胶己去睡了", S("good-night"))  # 潮汕
act("scene", "早安场景开起来", S("good-morning"))  # 潮汕
# 槟城
act("scene", "我要 sleep 了 good night 场景开", S("good-night"))  # 槟城
act("scene", "movie 场景 开起来 我们要看戏", S("movie"))  # 槟城
act("scene", "我们 balik 了 welcome home 场景", S("welcome-home"), note="Malay balik = come back")  # 槟城

# ---------------------------------------------------------------- query (31)
q("大门关好了吗 孩子刚进来", ("door", "magnet-sensor.contact-state"))  # 林妈妈
q("卧室现在多少度", ("therm", "environment.temperature"))  # 林妈妈
q("林哲是不是没关电视盒子", ("box", "tv-box.on"))  # 林爸爸
q("净化器滤芯还剩多少", ("pur", "filter.filter-life-level"))  # 林爸爸
q("我房间空气质量怎么样", ("pur", "environment.air-quality"))  # 林晓
q("窗帘拉严实了没", ("curt", "curtain.current-position"))  # 苏护士
q("卧室湿度多少", ("therm", "environment.relative-humidity"))  # 苏护士
q("水壶插座关了没有 我记不清了", ("kettle", "switch.on"))  # 老郑
q("客厅现在几度", ("ac", "environment.temperature"))  # 老郑
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 老郑
q("扫地机器人在充电吗", ("vac", "battery.charging-state"))  # 糖糖生日
q("停电以后净化器还开着吗", ("pur", "air-purifier.on"))  # 停电
q("插座现在电压多少", ("kettle", "power-consumption.voltage"))  # 停电
q("墙壁开关右边那个开着吗", ("wall", "right-switch.on"))  # 停电
q("刚才客厅有人走过吗", ("mot", "motion-sensor.motion-state"))  # 小何
q("电视盒子在放什么", ("box", "tv-box.current-content"))  # 雨天周末
q("扫地机器人还有多少电", ("vac", "battery.battery-level"))  # 雨天周末
q("空调现在耗电多少瓦", ("ac", "power-consumption.electric-power"))  # 林爸爸
# 南京
q("大门阿关了", ("door", "magnet-sensor.contact-state"), note="南京 阿 = question particle")  # 南京
q("卧室pm2.5阿高", ("pur", "environment.pm25-density"))  # 南京
# 乌鲁木齐
q("电视还开着呢么", ("tv", "television.on"))  # 乌鲁木齐
q("卧室冷得很 几度了", ("therm", "environment.temperature"))  # 乌鲁木齐
# 潮汕
q("扫地机扫好了未", ("vac", "vacuum.status"), note="潮汕 …了未 = …yet?")  # 潮汕
q("门关好了未", ("door", "magnet-sensor.contact-state"))  # 潮汕
q("音箱在放乜歌", ("spk", "play-control.playing-state"), note="no track title property; the playing state is what can be told")  # 潮汕
# 槟城
q("aircon 现在 set 几度 ah", ("ac", "air-conditioner.target-temperature"))  # 槟城
q("门磁的 battery 还有多少", ("door", "battery.battery-level"))  # 槟城
q("客厅外面光 够不够", ("mot", "motion-sensor.illumination"), note="room light level = the motion sensor's illumination")  # 槟城
q("speaker 的 volume 现在多少", ("spk", "speaker.volume"))  # 槟城
q("插座这个月用了几度电", ("kettle", "power-consumption.power-consumption"), note="the counter since the last reset")  # 林爸爸
q("吸顶灯现在亮度多少", ("ceil", "light.brightness"))  # 小何

# ---------------------------------------------------------------- group (21)
act("group", "所有灯都关了 我们出门了", off("bulb"), off("ceil"))  # 林妈妈
act("group", "卧室的东西全关掉 林晓去上学了", off("bulb"), off("pur"))  # 林妈妈
act("group", "所有能出声的全部静音 我在开会", MUTE_ALL)  # 小何
act("group", "客厅所有电器都关掉 上楼睡觉", LIVING_OFF)  # 林爸爸
act("group", "两个灯都打开 蛋糕来了", on("bulb"), on("ceil"))  # 糖糖生日
act("group", "所有灯亮度调到百分之十五 点蜡烛", br("bulb", 15), br("ceil", 15), note="brightness only")  # 老郑
act("group", "全部暂停 切蛋糕了", pause_all())  # 糖糖生日
act("group", "来电了 家里所有电器先全关掉", ALL_OFF)  # 停电
act("group", "墙上开关两个都打开", wl(True), wr(True))  # 停电
act("group", "厨房里的东西全部关掉", off("kettle"), note="the kitchen's only switchable device")  # 老郑
act("group", "除了床头灯 其他灯全部关掉", off("ceil"))  # 苏护士
act("group", "除了净化器 别的全关了 我要睡觉", [a for a in ALL_OFF if a["device"] != "bedroom-purifier"])  # 苏护士
# 南京
act("group", "灯全部关掉 克睡觉", off("bulb"), off("ceil"))  # 南京
act("group", "客厅所有的东西都关掉 多大事", LIVING_OFF)  # 南京
# 乌鲁木齐
act("group", "所有的灯开上唦", on("bulb"), on("ceil"))  # 乌鲁木齐
act("group", "会响的全部静音 巴郎子睡了", MUTE_ALL)  # 乌鲁木齐
# 潮汕
act("group", "卧室所有物件全部关掉", off("bulb"), off("pur"))  # 潮汕
act("group", "所有灯全部开起来", on("bulb"), on("ceil"))  # 潮汕
# 槟城
act("group", "all the light 全部 off 掉", off("bulb"), off("ceil"))  # 槟城
act("group", "客厅 所有 东西 off 掉 我们出去 makan", LIVING_OFF)  # 槟城
act("group", "所有 有 sound 的 全部 mute", MUTE_ALL)  # 槟城

# ---------------------------------------------------------------- mode (10)
act("mode", "切换到离家模式 我们去外婆家", M("away"))  # 林妈妈
act("mode", "家里设成在家模式", M("home"))  # 林爸爸
act("mode", "全屋睡眠模式 我白天要睡觉", M("sleep"))  # 苏护士
act("mode", "开启离家模式 周末去露营", M("away"))  # 雨天周末
no("mode", "开派对模式", note="no such mode")  # 糖糖生日
act("mode", "家里调成睡眠模式 阿好", M("sleep"))  # 南京
act("mode", "离家模式开上唦", M("away"))  # 乌鲁木齐
act("mode", "在家模式开起来", M("home"))  # 潮汕
act("mode", "away mode 开起来 我们去 outstation", M("away"))  # 槟城
act("mode", "home 模式 on 掉", M("home"))  # 槟城

# ---------------------------------------------------------------- timer (11)
act("timer", "四十分钟后把电视关了 林哲要写作业", off("tv"), delay=2400)  # 林妈妈
act("timer", "五分钟后关水壶插座", off("kettle"), delay=300)  # 老郑
act("timer", "一个小时后把净化器调成睡眠模式", pmode(1), delay=3600)  # 苏护士
act("timer", "十分钟以后把窗帘关上", CLOSE(), delay=600)  # 小何
act("timer", "二十分钟以后扫地机器人开始扫地", sweep(), delay=1200)  # 糖糖生日
no("timer", "过会儿再把电视盒子关了", note="no time given")  # 雨天周末
act("timer", "半个钟头后把大灯关掉", off("ceil"), delay=1800)  # 南京
act("timer", "两个小时以后空调关掉唦", off("ac"), delay=7200)  # 乌鲁木齐
act("timer", "一刻钟后电视关掉伊", off("tv"), delay=900)  # 潮汕
act("timer", "三十 minutes 之后 TV box off 掉", off("box"), delay=1800)  # 槟城
act("timer", "九十分钟后关空调", off("ac"), delay=5400)  # 林爸爸

# ---------------------------------------------------------------- safety (26)
ask("safety", "卧室那边关一下", BED, note="bare room: bulb and purifier")  # 林妈妈
ask("safety", "帮我把那个关了吧")  # 林爸爸
no("safety", "别开空调", note="negation")  # 苏护士
no("safety", "电视关了吧 哦不用了 孩子还在看", note="taken back")  # 老郑
no("safety", "把大门打开 客人到了", note="a contact sensor; it cannot open")  # 老郑
no("safety", "把过道的灯打开", note="no light in the hallway")  # 糖糖生日
no("safety", "把充气城堡的鼓风机打开", note="no such device")  # 糖糖生日
no("safety", "这次停电停了好久啊", note="remark")  # 停电
no("safety", "打开", note="half sentence")  # 小何
no("safety", "你今天表现不错", note="chit-chat")  # 小何
no("safety", "雨下得好大啊", note="remark")  # 雨天周末
no("safety", "洗衣机开一下 校服脏了", note="no washing machine")  # 雨天周末
ask("safety", "客厅开一下", note="bare room")  # 林哲
no("safety", "厨房的灯开一下", note="no light in the kitchen")  # 老郑
no("safety", "多大事啊 不搞了", note="南京: never mind; nothing")  # 南京
no("safety", "把电视打开 算了算了 不看了", note="taken back")  # 南京
no("safety", "拌面亚克西 你吃过没", note="chit-chat")  # 乌鲁木齐
no("safety", "不要关净化器唦", note="negation")  # 乌鲁木齐
no("safety", "暖气片开上 冷得很", note="no radiator in the home")  # 乌鲁木齐
no("safety", "唔好开电视", note="潮汕 唔好 = don't")  # 潮汕
no("safety", "乜事 你呾乜", note="chit-chat: what did you say")  # 潮汕
no("safety", "把伊 那个 呃", note="half sentence")  # 潮汕
no("safety", "今天 makan 什么 好 hor", note="chit-chat")  # 槟城
no("safety", "fan 开 大 一点 很 hot", note="no fan in the home; the AC is not named (cannot)")  # 槟城
no("safety", "走廊的门锁锁上", note="no lock")  # 林爸爸
no("safety", "那个 嗯 我想想", note="half sentence")  # 林晓
