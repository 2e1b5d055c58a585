"""test7, Chinese: the same family in plain Mandarin, a minority with a touch of dialect. Voices (comment on each line):
妈妈 = the mother (30s, office), 爸爸 = the father (30s, works from home), 朵朵 = their teenage daughter,
爷爷 = the grandfather (a little Beijing colour: 开开, 劳驾, 得嘞), 王阿姨 = the nanny (a little Sichuan colour: 莫, 一哈),
lena = the au pair learning Chinese (short, simple sentences), 客人 = weekend guests (the mother's cousin's family).
One utterance a line; labels by LABELS.md and TEST2-6.md."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---------------- power ----------------
act("power", "打开卧室的床头灯", on("bulb"))  # 妈妈, 早上
act("power", "把床头灯关了吧", off("bulb"))  # 妈妈, 睡前
act("power", "客厅灯打开", on("ceil"))  # 爸爸
act("power", "把客厅的大灯关一下", off("ceil"))  # 妈妈
act("power", "帮我开一下电视", on("tv"))  # 爷爷
act("power", "电视关掉 该写作业了", off("tv"))  # 妈妈 to 朵朵
act("power", "空调开一下", on("ac"))  # 爸爸, 夏天
act("power", "空调关了吧 有点凉了", off("ac"))  # 妈妈
act("power", "帮我把烧水壶的插座打开", on("kettle"))  # 爷爷, 泡茶
act("power", "水壶插座关掉", off("kettle"))  # 妈妈, 出门前
act("power", "打开卧室的空气净化器", on("pur"))  # 妈妈
act("power", "净化器关一下 太吵了", off("pur"))  # 朵朵
act("power", "打开电视盒子", on("box"))  # 朵朵
act("power", "把盒子关了", off("box"))  # 爸爸
act("power", "墙上左边的开关关掉", wl(False))  # 爸爸
act("power", "把右边那个墙壁开关打开", wr(True))  # 爸爸
act("power", "把客厅窗帘拉开", OPEN())  # 妈妈, 早上
act("power", "帮我把窗帘拉上 太晒了", CLOSE())  # 爸爸, 在家办公 夏天
act("power", "让扫地机器人开始扫地", sweep())  # 妈妈, 上班前
act("power", "让扫地机回充电座吧", dock())  # 王阿姨
act("power", "扫地机先停下来", vstop())  # 王阿姨, 宝宝睡了
act("power", "开床头灯", on("bulb"))  # lena
act("power", "请打开电视", on("tv"))  # lena
act("power", "吸顶灯关掉", off("ceil"))  # 爸爸
act("power", "劳驾把客厅的灯开开", on("ceil"))  # 爷爷
act("power", "卧室的灯开一下", on("bulb"))  # 朵朵
act("power", "关掉电视盒子", off("box"))  # 王阿姨
act("power", "把插座打开 我烧点水", on("kettle"), note="the home's only outlet")  # 妈妈
act("power", "帮我把窗帘打开", OPEN())  # 客人
act("power", "空气净化器开起来", on("pur"))  # 王阿姨
act("power", "把客厅右边的开关关上", wr(False))  # 爸爸
act("power", "左边开关打开", wl(True))  # 爸爸
act("power", "扫地机器人去扫一下地", sweep())  # 妈妈
ask("power", "我要开灯", LIGHTS)  # lena; two lights
act("power", "关一下客厅的电视", off("tv"))  # 客人

# ---------------- set ----------------
act("set", "床头灯调到百分之三十", br("bulb", 30))  # 妈妈
act("set", "客厅灯亮度调到六十", br("ceil", 60))  # 爸爸
act("set", "把床头灯调成暖光", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]))  # 妈妈
act("set", "吸顶灯色温调到四千", ct("ceil", 4000))  # 爸爸
act("set", "床头灯换成红色", col(RED))  # 朵朵
act("set", "把床头灯变成蓝色的", col(BLUE))  # 朵朵
act("set", "空调温度设成二十三度半", tt(23.5))  # 爸爸
act("set", "空调换成制冷模式", acmode(1))  # 妈妈, 夏天
act("set", "空调调成制热 晚上太冷了", acmode(3))  # 妈妈, 冬天
act("set", "空调调到除湿模式", acmode(2))  # 爸爸, 梅雨天
act("set", "空调开送风", acmode(4))  # 爷爷
act("set", "空调风速调到中档", acfan(2))  # 爸爸
act("set", "空调风量开到最小", acfan(1))  # 爷爷
act("set", "空调打开上下扫风", vswing(True))  # 爸爸
act("set", "空调左右摆风关掉", hswing(False))  # 妈妈
act("set", "空调开一下节能模式", eco(True))  # 妈妈
act("set", "窗帘拉到一半就行", pos(50))  # 爸爸, 屏幕反光
act("set", "窗帘打开百分之七十", pos(70))  # 妈妈
act("set", "电视切到HDMI1", inp(1))  # 爸爸
act("set", "净化器调到自动模式", pmode(0))  # 妈妈
act("set", "净化器开睡眠模式", pmode(1), note="the purifier's own Sleep mode, not the home mode")  # 妈妈, 睡前
act("set", "净化器风速调到最大", pfan(3))  # 妈妈, 雾霾天
act("set", "把净化器调成手动", pmode(3))  # 爸爸
act("set", "扫地机吸力调成最强", vfan(3), note="the strongest suction = Turbo")  # 王阿姨
act("set", "扫地机器人用标准吸力", vfan(1))  # 王阿姨
act("set", "吸顶灯切到看电视模式", lmode(3))  # 爸爸
act("set", "客厅灯调成阅读模式", lmode(2))  # 爷爷, 看报
act("set", "床头灯亮度调到最低", br("bulb", 1))  # 妈妈, 哄睡
act("set", "床头灯亮度八十 色温五千", br("bulb", 80), ct("bulb", 5000))  # 朵朵, 写作业
act("set", "空调二十五度 低风", tt(25), acfan(1))  # 爸爸
ask("set", "亮度调到百分之二十", LIGHTS)  # lena; two lights
act("set", "温度设到二十四度", tt(24), note="only the AC has a set point")  # 爸爸
act("set", "把床头灯调成绿色", col(GREEN))  # 朵朵
act("set", "净化器风速调到二档", pfan(2))  # 妈妈
act("set", "扫地机调成安静模式", vfan(0))  # 爸爸, 开会

# ---------------- relative ----------------
act("relative", "客厅灯再亮一点", brightC())  # 爷爷
act("relative", "床头灯暗一点", dimmer("bulb"))  # 妈妈
act("relative", "今天怎么这么热", cooler(), note="the only AC: a cooler set point")  # 朵朵, 夏天
act("relative", "家里有点冷啊", hotter())  # 爷爷, 冬天
act("relative", "空调再调低两度", cooler())  # 爸爸
act("relative", "空调温度高一点", hotter())  # 妈妈
act("relative", "音箱声音大一点", louder("spk"))  # 朵朵
act("relative", "电视声音小一点", quieter("tv"))  # 王阿姨
act("relative", "盒子声音太大了", tooloud("box"))  # 妈妈
act("relative", "客厅的灯有点刺眼 调暗点", dimC())  # 爸爸, 看电视
act("relative", "卧室里太暗了 什么都看不清", darkBedroom())  # 妈妈, 早上
act("relative", "床头灯再暖一点", warmer("bulb"))  # 妈妈
act("relative", "客厅灯颜色白一点", cooler_white("ceil"))  # 爸爸
act("relative", "窗帘再关一点", curt_less())  # 爸爸
act("relative", "空调风大一点", up("ac", "fan-control.fan-level"))  # 朵朵
act("relative", "净化器风速小一点", dn("pur", "air-purifier.fan-level"))  # 朵朵, 睡前
ask("relative", "有点亮 调暗一点吧", LIGHTS)  # 客人; two lights
ask("relative", "声音小一点", SOUND)  # 王阿姨; three players
act("relative", "冷死了 快把温度调高", hotter())  # 妈妈, 冬天 回家
act("relative", "空调调高一度", hotter())  # 爷爷
act("relative", "音箱音量调低一点 我在开会", quieter("spk"))  # 爸爸
act("relative", "床头灯调亮一些 我要看书", brighter("bulb"))  # 爷爷
act("relative", "吸顶灯稍微暗一点", dimC())  # 妈妈
act("relative", "扫地机吸力大一点", up("vac", "vacuum.fan-level"))  # 王阿姨
act("relative", "电视声音太大了 吵到宝宝了", tooloud("tv"))  # 王阿姨
act("relative", "客厅里有点闷热", cooler())  # 客人
act("relative", "盒子音量调大一点", louder("box"))  # 爷爷
act("relative", "窗帘再打开一些", curt_more(), note="the curtain is already open; labelled as said")  # 妈妈
act("relative", "床头灯颜色冷一点", cooler_white("bulb"))  # 朵朵
act("relative", "空调风小一点 太吹了", dn("ac", "fan-control.fan-level"))  # 爷爷

# ---------------- media ----------------
act("media", "放首歌听听", sp("play"), note="music is the speaker's (TEST4.md)")  # 妈妈, 做饭
act("media", "暂停音乐", sp("pause"))  # 妈妈, 电话来了
act("media", "换下一首歌", sp("next"))  # 朵朵
act("media", "回到上一首歌", sp("previous"))  # 朵朵
act("media", "继续播放音乐", sp("play"))  # 妈妈
act("media", "音箱静音", mute("spk"))  # 爸爸, 开会
act("media", "电视取消静音", unmute("tv"))  # 爷爷
act("media", "电视静音一下 我接个电话", mute("tv"))  # 妈妈
act("media", "电视盒子打开网飞", app("box", NETFLIX))  # 朵朵
act("media", "电视上打开爱奇艺", app("tv"))  # 爷爷
act("media", "电视暂停", tvp("pause"))  # 爸爸
act("media", "电视继续播放", tvp("play"))  # 爸爸
act("media", "盒子停止播放", boxp("stop"))  # 王阿姨
act("media", "盒子暂停一下 我去倒杯水", boxp("pause"))  # 朵朵
act("media", "盒子继续放", boxp("play"))  # 朵朵
act("media", "盒子按一下确定", key(4))  # 爷爷
act("media", "电视盒子返回上一页", key(5))  # 爷爷
act("media", "盒子回到主页", key(6))  # lena
act("media", "电视切换到HDMI2", inp(2))  # 朵朵, 游戏机
act("media", "电视换成USB", inp(5))  # 爸爸, 看照片
act("media", "音箱音量调到四十", vol("spk", 40))  # 妈妈
act("media", "电视音量调到二十", vol("tv", 20))  # 王阿姨
act("media", "盒子音量设成三十五", vol("box", 35))  # 朵朵
act("media", "音箱播放新闻", sp("play"))  # 爷爷, 早饭
act("media", "音箱取消静音", unmute("spk"))  # 爸爸, 会开完了
ask("media", "等一下 暂停", PLAYERS)  # 爸爸; three players
ask("media", "帮我静个音", SOUND)  # 客人
ask("media", "我想看腾讯视频", APPS)  # lena; the TV and the TV box
act("media", "盒子往下翻", key(1))  # 爷爷
act("media", "盒子往左", key(2))  # 爷爷
act("media", "音箱放首儿歌给孩子听", sp("play"))  # 王阿姨
act("media", "音箱切到上一首", sp("previous"))  # 妈妈
act("media", "电视盒子打开菜单", key(7))  # 爸爸
act("media", "盒子静音", mute("box"))  # 妈妈
act("media", "电视换回电视信号", inp(0))  # 爷爷, 新闻联播
act("media", "我要听音乐", sp("play"))  # lena

# ---------------- scene ----------------
act("scene", "执行早安场景", S("good-morning"))  # 妈妈
act("scene", "我去睡觉了 晚安", S("good-night"))  # 爷爷
act("scene", "好了 晚安啦", S("good-night"))  # 朵朵
act("scene", "我们要看电影了", S("movie"))  # 朵朵
act("scene", "开启观影模式", S("movie"), note="a scene, not a home mode")  # 爸爸
act("scene", "看电影场景", S("movie"))  # 妈妈
act("scene", "我下班回来了", S("welcome-home"))  # 妈妈
act("scene", "执行回家场景", S("welcome-home"))  # 爸爸
act("scene", "到家了", S("welcome-home"))  # 爷爷, 遛弯回来
act("scene", "周五电影之夜 开始吧", S("movie"))  # 爸爸
act("scene", "启动晚安场景", S("good-night"))  # 妈妈
act("scene", "起床了 早安", S("good-morning"))  # 朵朵, 上学
act("scene", "孩子们都睡了 晚安", S("good-night"))  # 妈妈
act("scene", "帮我开一下早安", S("good-morning"))  # 爸爸
act("scene", "欢迎回家", S("welcome-home"))  # lena
act("scene", "晚安 记得把电视盒子也关了", S("good-night"), off("box"))  # 妈妈
no("scene", "开启聚会场景", note="the home has no such scene")  # 朵朵
no("scene", "来个烛光晚餐模式", note="the home has no such scene")  # 爸爸
act("scene", "你好 我回家了", S("welcome-home"))  # lena
act("scene", "早上好 起床啦", S("good-morning"))  # 妈妈

# ---------------- query ----------------
q("大门关好了吗", ("door", "magnet-sensor.contact-state"))  # 妈妈, 睡前
q("门是不是开着", ("door", "magnet-sensor.contact-state"))  # 爷爷
q("卧室现在多少度", ("therm", "environment.temperature"))  # 妈妈
q("客厅温度多少", ("ac", "environment.temperature"))  # 爸爸
q("卧室湿度多少", ("therm", "environment.relative-humidity"))  # 妈妈
q("空气质量怎么样", ("pur", "environment.air-quality"))  # 妈妈
q("卧室PM2.5多少", ("pur", "environment.pm25-density"))  # 爸爸
q("电视开着吗", ("tv", "television.on"))  # 妈妈
q("水壶插座开着没", ("kettle", "switch.on"))  # 爷爷
q("扫地机器人还有多少电", ("vac", "battery.battery-level"))  # 王阿姨
q("扫地机在充电吗", ("vac", "battery.charging-state"))  # 王阿姨
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 爸爸
q("床头灯关了没有", ("bulb", "light.on"))  # 妈妈
q("客厅灯现在多亮", ("ceil", "light.brightness"))  # 爸爸
q("窗帘是开着的吗", ("curt", "curtain.current-position"))  # 妈妈
q("客厅有人吗", ("mot", "motion-sensor.motion-state"))  # 爸爸, 深夜
q("音箱音量是多少", ("spk", "speaker.volume"))  # 朵朵
q("净化器开着吗", ("pur", "air-purifier.on"))  # 妈妈
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))  # 爸爸
q("烧水壶现在功率多少", ("kettle", "power-consumption.electric-power"))  # 爸爸
q("空调现在是什么模式", ("ac", "air-conditioner.mode"))  # 妈妈
q("墙上左边的开关是开的吗", ("wall", "left-switch.on"))  # 爸爸
q("温湿度计还有电吗", ("therm", "battery.battery-level"))  # 爸爸
q("玄关的门开了多久了", ("door", "magnet-sensor.open-duration"))  # 妈妈
q("电视盒子在放什么", ("box", "tv-box.current-content"))  # 妈妈
q("电视在播什么节目", ("tv", "television.current-content"))  # 爷爷
q("客厅现在光线怎么样", ("mot", "motion-sensor.illumination"))  # 爸爸
q("扫地机现在在干嘛", ("vac", "vacuum.status"))  # 王阿姨
q("空调开着没", ("ac", "air-conditioner.on"))  # 妈妈, 回家路上

# ---------------- group ----------------
act("group", "家里的灯全部关掉", off("bulb"), off("ceil"))  # 妈妈
act("group", "所有灯都打开", on("bulb"), on("ceil"))  # 爷爷, 半夜听到响动
act("group", "全部关掉 我们出门了", ALL_OFF)  # 妈妈
act("group", "客厅的设备全部关了", LIVING_OFF)  # 爸爸, 睡前
act("group", "卧室里的东西都关掉", off("bulb"), off("pur"))  # 朵朵
act("group", "除了卧室的灯 其他灯都关了", off("ceil"))  # 妈妈
act("group", "所有灯都调亮一点", brighter("bulb"), brightC(), note="the bulb is off: a higher brightness, not switched on")  # 爷爷
act("group", "所有会出声的都静音", MUTE_ALL)  # 妈妈, 快递敲门
act("group", "所有播放的都暂停", pause_all())  # 爸爸, 接电话
act("group", "厨房里所有东西都断电", off("kettle"))  # 妈妈, 出差前
act("group", "客厅所有的灯打开", on("ceil"))  # 客人
act("group", "所有灯亮度调到百分之七十", br("bulb", 70), br("ceil", 70))  # 爸爸
act("group", "除了空调 全部关掉", [a for a in ALL_OFF if a["device"] != "living-ac"])  # 妈妈, 夏天
act("group", "墙上两个开关都打开", wl(True), wr(True))  # 爸爸
act("group", "家里所有电器都关了吧", ALL_OFF)  # 爷爷
act("group", "电视和盒子全部关掉", off("tv"), off("box"))  # 妈妈, 吃饭了
act("group", "所有灯调成暖光", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]),
    P("ceil", "light.color-temperature", 2700, alt=[warmer("ceil")]))  # 妈妈, 晚上
act("group", "卧室所有的灯关了", off("bulb"))  # lena
act("group", "客厅除了电视盒子 其他都关了", [a for a in LIVING_OFF if a["device"] != "living-tv-box"])  # 王阿姨, 孩子在看动画
act("group", "把所有灯都调暗一点", dimmer("bulb"), dimC(), note="the bulb is off: a lower brightness, not switched on")  # 爸爸

# ---------------- mode ----------------
act("mode", "家里设成离家模式 我们出差了", M("away"))  # 妈妈
act("mode", "开启睡眠模式", M("sleep"))  # 爸爸
act("mode", "切换成在家模式", M("home"))  # lena
act("mode", "我回来了 把离家模式取消掉", M("home"))  # 妈妈
act("mode", "家里调到睡眠模式吧", M("sleep"))  # 爷爷
act("mode", "离家模式", M("away"))  # 爸爸, 门口
act("mode", "回到居家模式", M("home"))  # 妈妈
no("mode", "开启度假模式", note="no such home mode")  # 客人
act("mode", "要出门了 离家模式打开", M("away"))  # 爸爸
act("mode", "全屋睡眠模式", M("sleep"))  # 妈妈

# ---------------- timer ----------------
act("timer", "一个小时后关电视", off("tv"), delay=3600)  # 妈妈, 朵朵的屏幕时间
act("timer", "二十分钟后关床头灯", off("bulb"), delay=1200)  # 朵朵, 睡前看书
act("timer", "两个小时后关空调", off("ac"), delay=7200)  # 爸爸, 夏天夜里
act("timer", "五分钟后把水壶插座关了", off("kettle"), delay=300)  # 爷爷
act("timer", "半小时后开始扫地", sweep(), delay=1800)  # 妈妈, 出门
act("timer", "十分钟后拉上窗帘", CLOSE(), delay=600)  # 爸爸
act("timer", "四十分钟后关净化器", off("pur"), delay=2400)  # 妈妈
no("timer", "一会儿把电视关了", note="no time given: nothing now")  # 妈妈
act("timer", "一刻钟后暂停音乐", sp("pause"), delay=900)  # 王阿姨, 午睡

# ---------------- safety ----------------
no("safety", "打开洗碗机", note="no dishwasher")  # 妈妈
no("safety", "开一下电饭煲 煮饭", note="no rice cooker")  # 王阿姨
no("safety", "打开玄关的灯", note="the hallway has only a door sensor")  # 客人
no("safety", "把风扇打开", note="no fan")  # 客人, 夏天
no("safety", "帮我开一下门", note="the door cannot be commanded")  # 朵朵
no("safety", "把门锁打开", note="no lock")  # 客人
ask("safety", "关掉它")  # 爸爸, no target
ask("safety", "灯关一下", LIGHTS)  # lena
ask("safety", "把卧室关了", ["bedroom-bulb", "bedroom-purifier"])  # 妈妈
no("safety", "先别关灯 我还没看完", note="negation")  # 爷爷
no("safety", "打开电视 算了 不看了", note="take-back")  # 朵朵
no("safety", "明天天气怎么样", note="not about the home")  # 妈妈
no("safety", "给我讲个笑话", note="chit-chat")  # 朵朵
no("safety", "帮我把那个", note="half a sentence")  # 王阿姨
no("safety", "电视屏幕亮度调高", note="the TV has no brightness")  # 爷爷
no("safety", "把窗帘音量调小", note="the curtain has no volume")  # lena
no("safety", "床头灯亮度调到一百五", note="out of range")  # 朵朵
no("safety", "空调调到四十度", note="out of range (16-30)")  # 爷爷
no("safety", "打开卧室里的电视机", note="no TV in the bedroom; the living-room TV must not switch on")  # 客人
no("safety", "帮我点个外卖", note="not about the home")  # 朵朵
no("safety", "谢谢你啊", note="chit-chat")  # 爷爷
no("safety", "音箱打开抖音", note="the speaker cannot launch apps")  # 朵朵
ask("safety", "帮我打开一下")  # 客人, no target
no("safety", "莫开扫地机 娃儿在睡觉", note="negation")  # 王阿姨

# ---------------- longer, looser everyday sentences (added after a first read-through) ----------------
act("power", "那个 麻烦你把卧室床头那个小灯打开一下 谢谢", on("bulb"))  # 客人, 第一晚
act("set", "空调帮我调到二十一度 然后换成制热", tt(21), acmode(3))  # 妈妈, 冬天晚上
act("media", "孩子们想看动画片 电视上打开网飞", app("tv", NETFLIX))  # 王阿姨
q("睡觉前问一下 烧水壶插座关了吧", ("kettle", "switch.on"))  # 爷爷
act("group", "除了客厅 其他地方的灯都关了 爷爷还在看书", off("bulb"))  # 妈妈
act("timer", "两个小时以后帮我把电视盒子关掉", off("box"), delay=7200)  # 爸爸, 电影
no("timer", "晚点再关空调", note="no time given: nothing now")  # 妈妈
act("relative", "晚上有点凉 空调温度往上调一点", hotter())  # 爷爷, 冬天
ask("relative", "声音再大一点", SOUND)  # 客人; three players
no("safety", "那我先出门了啊", note="no scene or mode named (TEST4.md)")  # 爸爸
no("safety", "帮我把家里弄得温馨一点", note="no device or scene named; acting would be a guess")  # 客人
no("safety", "厨房的灯开一下", note="no light in the kitchen")  # lena
