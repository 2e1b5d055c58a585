"""test16, Chinese: hand-written utterances with their labels, one a line, each with a comment naming its voice.
Voices (see TEST16.md): plain — 小婉 坐月子 with 月嫂 周姐 and 婆婆; 许家 the night before 高考 (许爸, 许妈, 考生 许诺);
老唐家 包饺子 on 冬至 (唐叔, 唐奶奶, 孙子 豆豆); 朵拉 (8) 练钢琴 and her mother; 大伟's weekend 家庭K歌 with friends;
贺伯 和 贺婶 and their balcony flowers; 小艾, a young woman living alone. Regional / non-native / transcribed — 满哥,
长沙 (and his 娭毑); 卓玛, a Tibetan woman in 拉萨 (and her 阿妈啦); 佐藤, a Japanese student learning Chinese; a
recogniser that writes other characters with the same sound (穿帘, 静化器, 饮箱, 卧是, 空掉, 电视和子, 观音模式 …)."""
from lib import (lang, act, q, ask, no, P, A, S, M, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode,
                 acfan, vol, mute, unmute, inp, pmode, pfan, vfan, sweep, dock, key, up, dn, hotter, cooler, brighter,
                 dimmer, louder, quieter, sp, tvp, boxp, app, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS, LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vstop, vpause, vswing, hswing, eco, lock, warmer, cooler_white,
                    curt_more, curt_less, tooloud, say, curtstop, MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW,
                    curt_half, warmwhite, boxstop, but)

lang("zh")
PURPLE, PINK = 0x800080, 0xFFC0CB



# ---------------------------------------------------------------- power
act("power", "净化器打开 月子里屋里空气要好", on("pur"))  # 周姐, 月嫂
act("power", "水壶插座打开 我给小婉冲碗红糖水", on("kettle"))  # 周姐
act("power", "客厅的大灯关了吧 宝宝刚哄睡", off("ceil"))  # 小婉, 坐月子
act("power", "床头灯打开 诺诺再看一会儿错题本", on("bulb"))  # 许妈
act("power", "墙上左边那个开关关一下", wl(False))  # 许爸
act("power", "把净化器开开 考前可别感冒了", on("pur"))  # 许妈
act("power", "烧水的插座打开 饺子要下锅了", on("kettle"), note="烧水的插座 = the kettle plug")  # 唐叔, 冬至
act("power", "电视打开 看看冬至的新闻", on("tv"))  # 唐奶奶
act("power", "饺子吃完了 客厅吸顶灯关了吧", off("ceil"))  # 唐叔
act("power", "把电视盒子打开 朵拉练完琴可以看一集", on("box"))  # 朵拉妈妈
act("power", "墙上右边的开关打开 钢琴那边太暗", wr(True), note="what the rocker feeds is not in the home; the rocker is named")  # 朵拉妈妈
act("power", "把电视开了 我们要点歌", on("tv"))  # 大伟, 家庭K歌
act("power", "空调开一下 唱得一身汗", on("ac"))  # 大伟
act("power", "床头灯开一下 我找找老花镜", on("bulb"))  # 贺婶
act("power", "净化器开了吧 我花粉过敏", on("pur"))  # 贺伯
act("power", "省点电 客厅灯关掉", off("ceil"))  # 小艾, 独居
act("power", "电视盒子开开 追剧了", on("box"))  # 小艾
act("power", "空调打开 外面热得像蒸笼", on("ac"))  # 小艾
act("power", "空调打开咯 今天热得要死哒", on("ac"), note="长沙")  # 满哥, 长沙
act("power", "娭毑要困觉哒 卧室那个灯开一下咯", on("bulb"), note="长沙 娭毑 = 奶奶, 困觉 = 睡觉; the bedroom's one light")  # 满哥
act("power", "电视开咯 要看快乐大本营", on("tv"))  # 满哥
act("power", "扎西德勒 电视打开一下啦", on("tv"), note="藏语 扎西德勒 = a greeting")  # 卓玛, 拉萨
act("power", "水壶插座打开啦 要打酥油茶", on("kettle"))  # 卓玛
act("power", "卧室的电气 请点一下", on("bulb"), note="Japanese 電気 = the light, 点ける = switch on")  # 佐藤, 日本留学生
act("power", "客厅的电气 请消掉", off("ceil"), note="Japanese 消す = switch off (a light)")  # 佐藤
act("power", "电视 点上 可以吗", on("tv"), note="点ける = switch on")  # 佐藤
act("power", "打开卧是的灯", on("bulb"), note="ASR: 卧是 = 卧室")  # recogniser
act("power", "把静化器打开", on("pur"), note="ASR: 静化器 = 净化器")  # recogniser
act("power", "电视和子打开", on("box"), note="ASR: 和子 = 盒子")  # recogniser
act("power", "空掉开一下", on("ac"), note="ASR: 空掉 = 空调")  # recogniser
ask("power", "灯开一下 我看不清谱子", LIGHTS, note="two lights, no room")  # 朵拉妈妈
no("power", "把暖风机打开 要给宝宝洗澡", note="no fan heater in the home")  # 周姐
no("power", "把电磁炉打开 水开了下饺子", note="no induction cooker")  # 唐叔
no("power", "电钢琴打开 朵拉该练了", note="no electric piano")  # 朵拉妈妈
no("power", "电动晾衣架降下来 收衣服", note="no clothes rack device")  # 贺婶
ask("power", "请把电气点一下", LIGHTS, note="电气 = a light (Japanese 電気); two lights, no room")  # 佐藤

# ---------------------------------------------------------------- set
act("set", "空调调到二十六度 月子里不能太凉", tt(26))  # 周姐
act("set", "空调风速调到低档 别吹着月婆子", acfan(1))  # 周姐
act("set", "窗帘拉开一半 宝宝晒晒太阳退黄疸", curt_half(), note="the curtain is open: half = 50")  # 婆婆
act("set", "床头灯调到百分之十 夜里喂奶用", br("bulb", 10))  # 小婉
act("set", "空调设成二十五度 孩子明天考试 别热着", tt(25))  # 许妈
act("set", "客厅吸顶灯调成阅读模式 最后再看一遍作文", lmode(2))  # 许诺
act("set", "床头灯换成暖光 看着眼睛不累", warmwhite("bulb"))  # 许妈
act("set", "净化器调到睡眠模式 别吵着孩子", pmode(1), note="the purifier's mode, not the home's")  # 许爸
act("set", "空调开制热 二十五度 冬至了冷", acmode(3), tt(25))  # 唐叔
act("set", "吸顶灯亮度调到百分之百 包饺子要看得清", br("ceil", 100))  # 唐奶奶
act("set", "扫地机吸力开到最大 桌子底下全是饺子馅儿", vfan(3))  # 唐叔
act("set", "吸顶灯色温调到五千K 谱子看得清楚", ct("ceil", 5000))  # 朵拉妈妈
act("set", "窗帘拉上 太阳晒到琴上了", CLOSE())  # 朵拉妈妈
act("set", "吸顶灯换到电视模式 气氛搞起来", lmode(3), note="the light's preset, not the Movie scene")  # 大伟
act("set", "卧室的灯调成蓝色 像KTV包厢", col(BLUE))  # 大伟
act("set", "窗帘开到百分之三十 兰花不能晒太狠", pos(30))  # 贺伯
act("set", "空调调到除湿 阳台的花怕潮", acmode(2))  # 贺婶
act("set", "净化器风速开到中档", pfan(2), note="fan level alone")  # 贺伯
act("set", "床头灯颜色换成粉色", col(PINK))  # 小艾
act("set", "窗帘拉上 对面楼看得见", CLOSE())  # 小艾
act("set", "空调开到二十三度半", tt(23.5))  # 小艾
act("set", "空调搞到二十五度咯", tt(25))  # 满哥
act("set", "吸顶灯调成夜灯模式 娭毑起夜看得到", lmode(1))  # 满哥
act("set", "阿妈啦怕冷 空调调到二十七度啦", tt(27), note="阿妈啦 = mother (啦 is honorific)")  # 卓玛
act("set", "窗帘开到百分之七十就好啦", pos(70))  # 卓玛
act("set", "暖房 请开一下", on("ac"), acmode(3), note="Japanese 暖房 = heating: the AC on and in Heat mode (both are asked)")  # 佐藤
act("set", "空调的温度 二十二度 请设定", tt(22))  # 佐藤
act("set", "冷房 二十六度 拜托了", acmode(1), tt(26), note="Japanese 冷房 = cooling: Cool mode and 26 °C")  # 佐藤
act("set", "穿帘拉上", CLOSE(), note="ASR: 穿帘 = 窗帘")  # recogniser
act("set", "空掉调到2 6度", tt(26), note="ASR: 空掉 = 空调, the digits split")  # recogniser
act("set", "卧是的灯亮肚调到五十", br("bulb", 50), note="ASR: 卧是 = 卧室, 亮肚 = 亮度")  # recogniser
act("set", "净化器的童锁打开 朵拉老去按", lock(True))  # 朵拉妈妈
ask("set", "亮度调到百分之二十五 宝宝要睡了", LIGHTS, note="two lights, no room")  # 周姐
ask("set", "风速调到二档", ["living-ac", "bedroom-purifier"], note="both have a fan level (TEST6.md)")  # 贺伯
no("set", "空调调到三十二度 给月婆子捂捂汗", note="above 30 °C: refused with the range")  # 婆婆
no("set", "窗帘开到百分之一百二", note="out of range")  # 小艾
no("set", "吸顶灯调成红色 冬至喜庆一点", note="the ceiling light has no colour")  # 唐奶奶

# ---------------------------------------------------------------- relative
act("relative", "有点凉 温度调高一点 小婉不能受凉", hotter(), note="one AC in the home")  # 周姐
act("relative", "大灯再暗一点 宝宝一直眯着眼", dimC())  # 小婉
act("relative", "屋里有点闷 温度再低一度", cooler(), note="the degree's size is not labelled")  # 许爸
act("relative", "床头灯亮一点 看不清字", brighter("bulb"), note="explicit brightness word: the change only")  # 许诺
act("relative", "音箱声音小点 孩子在背单词", quieter("spk"))  # 许妈
act("relative", "电视声音大一点 奶奶听不清", louder("tv"))  # 唐叔
act("relative", "吸顶灯再亮点 擀皮看不清", brightC())  # 唐奶奶
act("relative", "冬至了 屋里冷 空调温度往上调两度", hotter())  # 唐叔
act("relative", "音箱声音再小一点 节拍器都听不见了", quieter("spk"))  # 朵拉妈妈
act("relative", "床头灯的颜色暖一点", warmer("bulb"))  # 朵拉妈妈
act("relative", "吸顶灯白一点 谱子上的字太小", cooler_white("ceil"))  # 朵拉妈妈
act("relative", "电视声音再大点 伴奏听不见", louder("tv"))  # 大伟
act("relative", "音箱小声点 邻居敲门了", quieter("spk"))  # 大伟
act("relative", "窗帘再拉上一点 兰花晒蔫了", curt_less())  # 贺婶
act("relative", "净化器风再大一点", up("pur", "air-purifier.fan-level"), note="fan is Low: up is possible")  # 贺伯
act("relative", "卧室黑咕隆咚的 拖鞋在哪呢", darkBedroom())  # 贺婶
act("relative", "一进门热得不行 屋里凉快点", cooler())  # 小艾
act("relative", "电视盒子声音小一点 楼下投诉了", quieter("box"))  # 小艾
act("relative", "冷得打抖 温度搞高一咪咪", hotter(), note="长沙 一咪咪 = a little")  # 满哥
act("relative", "电视声音搞小一咪咪 娭毑困觉哒", quieter("tv"))  # 满哥
act("relative", "卧室的灯亮一咪咪咯", brighter("bulb"))  # 满哥
act("relative", "冷啦 屋里暖和一点啦", hotter())  # 卓玛
act("relative", "音箱声音大一点啦 阿妈啦要听歌", louder("spk"))  # 卓玛
act("relative", "房间 有点热 温度 稍微低一点 可以吗", cooler())  # 佐藤
act("relative", "电视的声音 稍微小一点 拜托了", quieter("tv"))  # 佐藤
act("relative", "吸顶灯调暗以点", dimC(), note="ASR: 以点 = 一点")  # recogniser
act("relative", "饮箱声音大一点", louder("spk"), note="ASR: 饮箱 = 音箱")  # recogniser
act("relative", "烧地机吸力大一点", up("vac", "vacuum.fan-level"), note="ASR: 烧地机 = 扫地机; suction is Quiet, so up")  # recogniser
ask("relative", "灯再暗一点 有气氛", LIGHTS, note="two lights; the living room is not named")  # 大伟
ask("relative", "再小声一点 婆婆在睡午觉", SOUND)  # 周姐
no("relative", "扫地机声音小点 吵到宝宝了", note="the vacuum has no volume; its suction is already Quiet")  # 小婉

# ---------------------------------------------------------------- media
act("media", "音箱放点轻音乐 宝宝要睡了", sp("play"), note="what plays cannot be chosen")  # 周姐
act("media", "音箱先暂停 宝宝醒了", sp("pause"))  # 小婉
act("media", "让音箱说一声 该喂奶了", say("该喂奶了"))  # 周姐
act("media", "电视盒子停掉 不看了 早点睡", boxstop())  # 许爸
act("media", "音箱静音 诺诺要睡了", mute("spk"))  # 许妈
act("media", "让音箱说 明天六点起床 别忘了准考证", say("明天六点起床 别忘了准考证"))  # 许妈
act("media", "电视切到HDMI1 豆豆要玩游戏机", inp(1))  # 唐叔
act("media", "电视暂停一下 饺子好了", tvp("pause"), note="the TV is off in the home's state: labelled as said")  # 唐奶奶
act("media", "电视盒子打开爱奇艺 给豆豆看动画", app("box"), note="no package known for 爱奇艺")  # 唐奶奶
act("media", "音箱放首钢琴曲 朵拉听听人家怎么弹", sp("play"))  # 朵拉妈妈
act("media", "电视盒子返回 点错了", key(5))  # 朵拉
act("media", "音箱音量调到三十", vol("spk", 30))  # 朵拉妈妈
act("media", "音箱下一首 这首太难唱了", sp("next"))  # 大伟
act("media", "上一首 再唱一遍", sp("previous"), note="only the speaker has previous")  # 大伟
act("media", "电视音量调到六十", vol("tv", 60))  # 大伟
act("media", "电视盒子打开网飞", app("box", NETFLIX))  # 大伟
act("media", "电视换到AV 放老录像带", inp(4))  # 贺伯
act("media", "音箱放段评剧", sp("play"))  # 贺婶
act("media", "电视盒子往右一个", key(3))  # 贺伯
act("media", "电视盒子暂停 外卖到了", boxp("pause"))  # 小艾
act("media", "电视盒子静音 我打个电话", mute("box"))  # 小艾
act("media", "电视盒子按一下向上", key(0))  # 小艾
act("media", "音箱放歌咯 要听张艺兴的", sp("play"), note="a singer cannot be chosen")  # 满哥
act("media", "把电视盒子开到优酷咯", app("box"), note="no package known for 优酷")  # 满哥
act("media", "音箱放藏歌啦", sp("play"))  # 卓玛
act("media", "电视换到USB啦 有转经的视频", inp(5))  # 卓玛
act("media", "音箱的音乐 请停止", sp("pause"), note="the speaker has no stop")  # 佐藤
act("media", "电视 换成HDMI三 拜托了", inp(3))  # 佐藤
act("media", "电视盒子 确定 请按", key(4))  # 佐藤
act("media", "饮箱下一手", sp("next"), note="ASR: 饮箱 = 音箱, 下一手 = 下一首")  # recogniser
act("media", "电视盒子净音", mute("box"), note="ASR: 净音 = 静音")  # recogniser
act("media", "电视声音取消静音", unmute("tv"), note="the TV is not muted: nothing new, and no louder")  # 大伟
ask("media", "暂停一下 快递敲门了", PLAYERS)  # 小艾
ask("media", "网飞打开 看那个新剧", APPS)  # 小艾
ask("media", "快静音 婆婆睡着了", SOUND)  # 周姐
no("media", "把麦克风声音开大", note="no microphone in the home")  # 大伟
no("media", "电视把冬至晚会录下来", note="nothing can record")  # 唐奶奶

# ---------------------------------------------------------------- scene
act("scene", "晚安 宝宝也睡了", S("good-night"))  # 小婉
act("scene", "早上好 开早安场景", S("good-morning"))  # 婆婆
act("scene", "执行晚安场景 明天一早要送考", S("good-night"))  # 许爸
act("scene", "考完啦 我回家了", S("welcome-home"), note="coming home = Welcome home")  # 许诺
act("scene", "开观影模式 一家人看个电影", S("movie"), note="观影模式 is no home mode: the Movie scene")  # 唐叔
act("scene", "我放学回来了", S("welcome-home"))  # 豆豆
act("scene", "早安 朵拉起床练琴了", S("good-morning"))  # 朵拉妈妈
act("scene", "来个看电影的场景", S("movie"))  # 大伟
act("scene", "早安 今天太阳好", S("good-morning"))  # 贺伯
act("scene", "我到家啦 累死了", S("welcome-home"))  # 小艾
act("scene", "回家模式打开 顺便把电视盒子开了", S("welcome-home"), on("box"), note="回家模式 = the Welcome home scene (TEST8.md)")  # 小艾
act("scene", "哦嚯 终于到屋里哒", S("welcome-home"), note="长沙 屋里 = home")  # 满哥
act("scene", "困觉哒 晚安咯", S("good-night"))  # 满哥
act("scene", "扎西德勒 早上好啦", S("good-morning"))  # 卓玛
act("scene", "阿妈啦要睡了 晚安啦", S("good-night"))  # 卓玛
act("scene", "ただいま 我回来了", S("welcome-home"), note="Japanese ただいま = I'm home")  # 佐藤
act("scene", "电影的场景 请开始", S("movie"))  # 佐藤
act("scene", "观音模式打开", S("movie"), note="ASR: 观音 = 观影")  # recogniser
act("scene", "开启早按场景", S("good-morning"), note="ASR: 早按 = 早安")  # recogniser
no("scene", "开启K歌场景", note="no such scene")  # 大伟
no("scene", "执行冬至场景", note="no such scene")  # 唐叔

# ---------------------------------------------------------------- query
q("卧室现在多少度 宝宝怕热", ("therm", "environment.temperature"))  # 周姐
q("卧室湿度多少 宝宝屁屁起红疹了", ("therm", "environment.relative-humidity"))  # 周姐
q("空调现在设的多少度", ("ac", "air-conditioner.target-temperature"))  # 小婉
q("大门关好了没有 明天一早要出门", ("door", "magnet-sensor.contact-state"))  # 许妈
q("扫地机的电池还剩几格", ("vac", "battery.battery-level"))  # 许爸
q("客厅现在几度", ("ac", "environment.temperature"), note="the AC's return-air sensor")  # 许诺
q("水壶插座现在用了多少瓦", ("kettle", "power-consumption.electric-power"))  # 唐叔
q("电视现在开着没有", ("tv", "television.on"))  # 唐奶奶
q("净化器的滤芯还能用多久", ("pur", "filter.filter-life-level"))  # 朵拉妈妈
q("音箱现在音量多大", ("spk", "speaker.volume"))  # 朵拉妈妈
q("电视现在是哪个信号源", ("tv", "television.input-source"))  # 大伟
q("音箱是不是静音了 怎么没声", ("spk", "speaker.mute"))  # 大伟
q("窗帘现在开了多少", ("curt", "curtain.current-position"))  # 贺伯
q("卧室空气质量怎么样 花粉多不多", ("pur", "environment.air-quality"))  # 贺婶
q("PM2.5现在多少", ("pur", "environment.pm25-density"))  # 贺伯
q("门是开着还是关着 我有点怕", ("door", "magnet-sensor.contact-state"))  # 小艾
q("客厅刚才有没有人动过 我一个人住的", ("mot", "motion-sensor.motion-state"))  # 小艾
q("那个大门 开了有多长时间", ("door", "magnet-sensor.open-duration"))  # 小艾
q("空调开起冒得", ("ac", "air-conditioner.on"), note="长沙 冒得 = 没有")  # 满哥
q("扫地机在搞么子", ("vac", "vacuum.status"))  # 满哥
q("卧室几度啦 阿妈啦冷不冷", ("therm", "environment.temperature"))  # 卓玛
q("水壶插座开着没有啦", ("kettle", "switch.on"))  # 卓玛
q("客厅的电气 开着吗", ("ceil", "light.on"), note="电气 = the light; the living room's one light")  # 佐藤
q("空调 现在 什么模式", ("ac", "air-conditioner.mode"))  # 佐藤
q("卧是湿度多少", ("therm", "environment.relative-humidity"), note="ASR: 卧是 = 卧室")  # recogniser
q("静化器开着没", ("pur", "air-purifier.on"), note="ASR: 静化器 = 净化器")  # recogniser
q("墙上开关右边那个开着没", ("wall", "right-switch.on"))  # 许爸
q("床头灯现在多亮", ("bulb", "light.brightness"))  # 小婉
q("吸顶灯现在是什么模式", ("ceil", "light.mode"))  # 朵拉妈妈
q("扫地机是不是出故障了 一动不动", ("vac", "vacuum.fault"), ("vac", "vacuum.status"))  # 唐叔
q("大门那个感应器还有电吗", ("door", "battery.battery-level"))  # 小艾
q("卧室那个温度计电池还够不够", ("therm", "battery.battery-level"))  # 贺伯
q("电视盒子现在放的是什么", ("box", "tv-box.current-content"))  # 唐奶奶

# ---------------------------------------------------------------- group
act("group", "所有灯都关了 宝宝睡了", off("bulb"), off("ceil"), note="the bulb is off already")  # 小婉
act("group", "客厅所有电器都关掉 我们进卧室了", LIVING_OFF)  # 周姐
act("group", "家里所有会响的都静音 孩子要睡了", MUTE_ALL)  # 许爸
act("group", "卧室里的都打开", on("bulb"), on("pur"), note="都 as the group word; the thermometer cannot be switched")  # 许妈
act("group", "厨房所有东西都通上电 要煮饺子", on("kettle"), note="the kitchen's only switchable device")  # 唐叔
act("group", "所有的灯都调到最亮 包饺子呢", br("bulb", 100), br("ceil", 100), note="the off bulb's power untouched")  # 唐奶奶
act("group", "电视和电视盒子一起打开 看动画", on("tv"), on("box"))  # 朵拉
act("group", "所有在放的都停一下 先喝一杯", pause_all())  # 大伟
act("group", "墙上两个开关都打开", wl(True), wr(True), note="the left rocker is on already")  # 大伟
act("group", "除了净化器 别的都关了 出门买菜", but(ALL_OFF, off("pur")))  # 贺婶
act("group", "灯都暗一点 晚上看花不用那么亮", dimmer("bulb"), dimC(), note="都 as the group word; the off bulb is not switched on")  # 贺伯
act("group", "全屋的电器全部关掉 我出差三天", ALL_OFF)  # 小艾
act("group", "全部的灯打开 一个人在家怕黑", on("bulb"), on("ceil"))  # 小艾
act("group", "屋里的灯全部关咯", off("bulb"), off("ceil"))  # 满哥
act("group", "客厅的东西全部关咯 出去恰夜宵", LIVING_OFF, note="长沙 恰 = 吃")  # 满哥
act("group", "除了电视 客厅其他都关掉啦 阿妈啦在看", but(LIVING_OFF, off("tv")))  # 卓玛
act("group", "全部的电气 请消掉", off("bulb"), off("ceil"), note="电气 = lights, 消 = switch off")  # 佐藤
act("group", "厨方所有电器打开", on("kettle"), note="ASR: 厨方 = 厨房; the kitchen's only switchable device")  # recogniser
act("group", "所有灯亮度都调到三十 宝宝要睡", br("bulb", 30), br("ceil", 30))  # 周姐
act("group", "所有播放的都停了吧 快递到了", pause_all())  # 小艾
no("group", "过道所有灯全部打开", note="the hallway has only the door sensor")  # 小艾

# ---------------------------------------------------------------- mode
act("mode", "切到睡眠模式 明天高考", M("sleep"))  # 许爸
act("mode", "考完了 睡眠模式关掉", M("home"))  # 许妈
act("mode", "离家模式 我们回老家过冬至", M("away"))  # 唐叔
act("mode", "家里设成外出模式 我们去公园遛弯", M("away"))  # 贺婶
act("mode", "在家模式 今天休息", M("home"))  # 小艾
act("mode", "搞个睡眠模式咯 明天要早起", M("sleep"))  # 满哥
act("mode", "家里开在家模式啦", M("home"))  # 卓玛
act("mode", "外出模式 请设定", M("away"))  # 佐藤
act("mode", "开启睡民模式", M("sleep"), note="ASR: 睡民 = 睡眠")  # recogniser
no("mode", "开启坐月子模式", note="no such home mode")  # 婆婆

# ---------------------------------------------------------------- timer
act("timer", "半小时后把空调关了 别一直吹着", off("ac"), delay=1800)  # 周姐
act("timer", "四十分钟后把床头灯关了 让他早点睡", off("bulb"), delay=2400)  # 许妈
act("timer", "十分钟后把水壶插座打开", on("kettle"), delay=600)  # 唐叔
act("timer", "一个小时以后关电视盒子", off("box"), delay=3600)  # 朵拉妈妈
act("timer", "二十分钟后音箱暂停 该散了", sp("pause"), delay=1200, note="the speaker has no power switch: pause")  # 大伟
act("timer", "一个半小时后把窗帘拉上", CLOSE(), delay=5400)  # 贺伯
act("timer", "五分钟后开始扫地", sweep(), delay=300)  # 小艾
act("timer", "二十五分钟后电视关咯", off("tv"), delay=1500)  # 满哥
act("timer", "过四十五分钟把净化器打开啦 阿妈啦要午睡", on("pur"), delay=2700)  # 卓玛
act("timer", "三十分钟后 空调 请关掉", off("ac"), delay=1800)  # 佐藤
act("timer", "十分中后关电视", off("tv"), delay=600, note="ASR: 十分中 = 十分钟")  # recogniser
no("timer", "明早六点把窗帘打开", note="a clock time, not a delay (TEST15.md)")  # 许妈

# ---------------------------------------------------------------- safety
no("safety", "宝宝怎么老哭啊", note="chit-chat")  # 小婉
no("safety", "别开空调 月子里不能吹风", note="negation")  # 婆婆
no("safety", "那个 帮我把", note="half sentence")  # 周姐
no("safety", "明天作文会考什么题目", note="chit-chat")  # 许诺
no("safety", "把灯关了 哦不 让他再看十分钟", note="take-back")  # 许妈
no("safety", "准考证放哪儿了", note="chit-chat")  # 许爸
no("safety", "冬至不端饺子碗 冻掉耳朵没人管", note="a saying")  # 唐奶奶
no("safety", "把电视关 算了 让奶奶看完", note="take-back")  # 唐叔
no("safety", "我不想练琴了", note="chit-chat")  # 朵拉
no("safety", "把大门锁上 老师走了", note="a contact sensor; there is no lock")  # 朵拉妈妈
no("safety", "你会唱歌吗 给我们唱一个", note="chit-chat")  # 大伟
ask("safety", "把它关了 太吵了", note="no target; no candidates")  # 大伟
no("safety", "给花浇点水", note="no device can")  # 贺婶
no("safety", "窗帘 呃 算了 不动了", note="take-back")  # 贺伯
no("safety", "帮我看看门口有没有人", note="no camera")  # 小艾
ask("safety", "卧室那边开一下 我换衣服", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # 小艾
ask("safety", "客厅关一下 都出去吃饭", note="bare room; no candidates (TEST2.md)")  # 唐叔
no("safety", "莫港哒 冒得这回事", note="长沙 莫港哒 = 别说了")  # 满哥
no("safety", "你恰饭了冒", note="长沙 chit-chat")  # 满哥
no("safety", "莫开电视 娭毑困觉哒", note="negation")  # 满哥
no("safety", "突及切 谢谢你啦", note="藏语 突及切 = thank you")  # 卓玛
no("safety", "酥油茶怎么打比较香", note="chit-chat")  # 卓玛
no("safety", "不好意思 刚才说错了 没事", note="nothing asked")  # 佐藤
no("safety", "中文的声调好难啊", note="chit-chat")  # 佐藤
no("safety", "把嗯就那个客厅的那个然后", note="ASR half sentence")  # recogniser
no("safety", "啊哈哈 那个谁 诶", note="ASR garbage")  # recogniser
