from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---- power ----
act("power", "把电视打开 新闻联播开始了", on("tv"))  # 王阿姨, 退休
act("power", "电视关了吧 没人看", off("tv"))  # 老王, 退休
act("power", "客厅的吸顶灯关掉", off("ceil"))  # 老王
act("power", "床头那个灯给我开一下", on("bulb"))  # 王阿姨, 起夜
act("power", "卧室的净化器打开", on("pur"))  # 王阿姨
act("power", "空气净化器关了 太吵了睡不着", off("pur"))  # 小林, 大学生租房
act("power", "烧水壶的插座打开 我泡个茶", on("kettle"))  # 小王, 儿子回家
act("power", "水壶插座关掉", off("kettle"))  # 王阿姨
act("power", "把空调开开", on("ac"))  # 小王
act("power", "空调关一下", off("ac"))  # 小林
act("power", "电视盒子打开", on("box"))  # 小林
act("power", "盒子关了吧", off("box"), note="盒子 = the TV box, the only box.")  # 老周, 夜班保安
act("power", "墙上开关左边那个打开", wl(True))  # 老周
act("power", "墙壁开关右边的关掉", wr(False))  # 老周
act("power", "把右边那个墙开关开一下", wr(True))  # 陈哥, 请客
act("power", "客厅灯开一下 客人到了", on("ceil"))  # 陈哥
act("power", "卧室灯关了 宝宝睡着了", off("bulb"))  # 朵朵妈妈
act("power", "电视关了 朵朵该洗澡了", off("tv"))  # 朵朵爸爸
act("power", "扫地机器人开始打扫吧", sweep())  # 朵朵妈妈, 饼干渣
act("power", "扫地机回去充电", dock())  # 朵朵爸爸
act("power", "床头灯关掉吧 我要睡了", off("bulb"))  # 小林
act("power", "俺要看电视 给俺开开", on("tv"))  # 青岛
act("power", "把空调关了吧 够够的了", off("ac"))  # 青岛
act("power", "净化器开开 照不照", on("pur"), note="合肥 照 = okay.")  # 合肥
act("power", "把电视盒子关掉 晓得吧", off("box"))  # 合肥
act("power", "把卧室的尕灯泡开上", on("bulb"), note="兰州 尕 = small.")  # 兰州
act("power", "客厅灯搞快点开起", on("ceil"), note="贵阳 搞快点 = hurry.")  # 贵阳
act("power", "空调开一下啦 好热的", on("ac"))  # 海南
act("power", "电视机关掉 lah", off("tv"))  # 新加坡
act("power", "冷气开一下 can", on("ac"), note="新加坡 冷气 = the AC.")  # 新加坡
ask("power", "开个灯 黑咕隆咚的", LIGHTS)  # 王阿姨
ask("power", "把那个灯关一下", LIGHTS)  # 老王
ask("power", "灯开一下嘞", LIGHTS)  # 贵阳
no("power", "打开电饭煲", note="No rice cooker.")  # 王阿姨
no("power", "开一下热水器 我要洗澡", note="No water heater.")  # 老周, 下夜班
no("power", "把门开一下 我朋友到了", note="A door sensor cannot open the door.")  # 小林

# ---- set ----
act("set", "吸顶灯亮度调到百分之五十", br("ceil", 50))  # 老王
act("set", "床头灯亮度调到十", br("bulb", 10))  # 朵朵妈妈, 喂奶
act("set", "床头灯换成红色", col(RED))  # 小林
act("set", "卧室的灯调成黄色", col(YELLOW))  # 朵朵爸爸
act("set", "灯泡变成绿色的", col(GREEN), note="灯泡: the bulb is the only bulb.")  # 朵朵爸爸, 替三岁的朵朵说
act("set", "空调调到二十三度", tt(23))  # 王阿姨
act("set", "空调开制冷模式", acmode(1))  # 小王
act("set", "空调调成制热", acmode(3))  # 老王
act("set", "空调除湿模式 回南天太潮了", acmode(2))  # 海南
act("set", "空调送风模式就行", acmode(4))  # 小林
act("set", "空调风速调到中档", acfan(2))  # 小王
act("set", "空调风速自动", acfan(0))  # 老周
act("set", "空调温度二十七度半", tt(27.5))  # 陈哥
act("set", "窗帘拉到一半", curt_half())  # 王阿姨
act("set", "窗帘开百分之二十就行", pos(20))  # 老周, 白天睡觉
act("set", "音箱音量调到三十", vol("spk", 30))  # 陈哥
act("set", "电视音量调到二十五", vol("tv", 25))  # 老王
act("set", "电视切到HDMI3", inp(3))  # 小王, 游戏机
act("set", "电视信号源换成AV", inp(4))  # 老王, 老录像机
act("set", "净化器调成睡眠模式", pmode(1))  # 朵朵妈妈
act("set", "净化器调到手动模式", pmode(3))  # 小林
act("set", "净化器风量调到中档", pfan(2))  # 朵朵爸爸
act("set", "扫地机吸力调到标准", vfan(1))  # 朵朵妈妈
act("set", "扫地机强力模式 地毯上全是土", vfan(2))  # 小王
act("set", "吸顶灯调到阅读模式", lmode(2))  # 小林, 写论文
act("set", "吸顶灯换成日光模式", lmode(0))  # 王阿姨
act("set", "床头灯调成暖光", ct("bulb", 2700))  # 小林
act("set", "吸顶灯色温调到五千", ct("ceil", 5000))  # 陈哥
act("set", "空调打到二十五度 杠赛来", tt(25))  # 青岛
act("set", "窗帘开到百分之八十 晓得吧", pos(80))  # 合肥
act("set", "把尕灯泡调成蓝色的", col(BLUE))  # 兰州
act("set", "电视音量搞成十五", vol("tv", 15))  # 贵阳
act("set", "冷气调到二十六度 lah", tt(26))  # 新加坡
ask("set", "亮度调到七十", LIGHTS)  # 陈哥
no("set", "空调调到四十度", note="Out of range.")  # 老王
no("set", "吸顶灯调成紫色", note="The ceiling light has no colour.")  # 朵朵爸爸, 替三岁的朵朵说

# ---- relative ----
act("relative", "客厅灯再亮一点 看不清报纸", brightC())  # 老王
act("relative", "床头灯暗一点", dimmer("bulb"))  # 朵朵妈妈
act("relative", "太热了", cooler())  # 小王
act("relative", "有点冷啊", hotter())  # 王阿姨
act("relative", "音箱声音大点", louder("spk"))  # 陈哥
act("relative", "电视声音太大了 吵得头疼", tooloud("tv"))  # 王阿姨
act("relative", "盒子声音小一点", quieter("box"))  # 朵朵爸爸
act("relative", "窗帘再开大一点", curt_more())  # 王阿姨
act("relative", "窗帘稍微合上一点 太晒了", curt_less())  # 老周
act("relative", "空调再高一度", hotter())  # 老王
act("relative", "空调温度降两度", cooler())  # 小林
act("relative", "客厅灯调暗一些 要上甜点了", dimC())  # 陈哥
act("relative", "床头灯再亮些", brighter("bulb"))  # 小林
act("relative", "卧室灯光暖一点", warmer("bulb"))  # 朵朵妈妈
act("relative", "吸顶灯白一点", cooler_white("ceil"))  # 小林
act("relative", "电视声音开大点 听不清", louder("tv"))  # 老王
act("relative", "音箱小声点 孩子睡了", quieter("spk"))  # 朵朵爸爸
act("relative", "热得够够的 空调再低点", cooler())  # 青岛
act("relative", "冷得很 空调调高点 照吧", hotter())  # 合肥
act("relative", "胡都冷 空调再高些", hotter(), note="兰州 胡都 = very.")  # 兰州
act("relative", "热死了 搞快点把空调调低点", cooler())  # 贵阳
act("relative", "客厅有点暗咯 灯亮一点啦", brightC())  # 海南
act("relative", "冷气太冷了 lah 调高一点", hotter())  # 新加坡
act("relative", "卧室太暗了", darkBedroom())  # 小林, the bulb is off
act("relative", "净化器风力再大一点", up("pur", "air-purifier.fan-level"))  # 朵朵妈妈
ask("relative", "声音小点", SOUND)  # 王阿姨
ask("relative", "调亮一点", LIGHTS)  # 老王
ask("relative", "声音再大一点嘞", SOUND)  # 贵阳
no("relative", "把电视调亮一点", note="The TV has no brightness.")  # 老王
no("relative", "净化器声音调大点", note="The purifier has no volume.")  # 小林
no("relative", "把温度计调低点", note="A sensor cannot be set.")  # 小王

# ---- media ----
act("media", "音箱放点歌听听", sp("play"))  # 王阿姨
act("media", "音乐暂停", sp("pause"))  # 朵朵妈妈
act("media", "接着放歌", sp("play"))  # 朵朵妈妈
act("media", "这首不喜欢 换一首", sp("next"))  # 小林
act("media", "上一首歌再放一遍", sp("previous"))  # 小林
act("media", "音箱静音", mute("spk"))  # 朵朵爸爸
act("media", "音箱取消静音", unmute("spk"))  # 朵朵爸爸
act("media", "电视静音 我接个电话", mute("tv"))  # 小王
act("media", "电视打开声音吧", unmute("tv"))  # 小王
act("media", "电视暂停一下 我去倒杯水", tvp("pause"))  # 王阿姨
act("media", "电视继续播", tvp("play"))  # 王阿姨
act("media", "电视盒子暂停", boxp("pause"))  # 老周
act("media", "电视盒子停止播放", boxp("stop"))  # 老周
act("media", "盒子继续放", boxp("play"))  # 小林
act("media", "电视盒子静音", mute("box"))  # 朵朵妈妈
act("media", "电视盒子上打开网飞", app("box", NETFLIX))  # 陈哥
act("media", "电视上开爱奇艺", app("tv"), note="爱奇艺: no package known.")  # 王阿姨
act("media", "盒子上打开腾讯视频", app("box"))  # 小林
act("media", "电视盒子按确定", key(4))  # 老王
act("media", "电视盒子返回", key(5))  # 老王
act("media", "音箱音量调到十", vol("spk", 10))  # 朵朵妈妈
act("media", "电视盒子音量三十", vol("box", 30))  # 小王
act("media", "让音箱说一声 开饭啦", say("开饭啦"))  # 陈哥
act("media", "音箱播一下新闻", sp("play"))  # 老王
act("media", "音箱给俺放首歌", sp("play"))  # 青岛
act("media", "电视暂停一下 晓得吧 我接个电话", tvp("pause"))  # 合肥
act("media", "盒子上把网飞打开", app("box", NETFLIX))  # 兰州
act("media", "音箱下一首 搞快点", sp("next"))  # 贵阳
act("media", "电视声音关掉啦", mute("tv"))  # 海南
act("media", "音箱 play 歌 lah", sp("play"))  # 新加坡
act("media", "电视盒子继续放 can", boxp("play"))  # 新加坡
ask("media", "暂停", PLAYERS)  # 老周
ask("media", "打开网飞看电影", APPS)  # 小林
ask("media", "静音 静音 宝宝醒了", SOUND)  # 朵朵妈妈
no("media", "净化器放首歌", note="The purifier plays nothing.")  # 朵朵爸爸, 替三岁的朵朵说
no("media", "音箱打开抖音", note="No apps on the speaker.")  # 小林

# ---- scene ----
act("scene", "看电影模式", S("movie"))  # 陈哥
act("scene", "我们要看电影了", S("movie"))  # 小王
act("scene", "启动观影场景", S("movie"))  # 小林
act("scene", "晚安啦", S("good-night"))  # 王阿姨
act("scene", "睡觉了 晚安", S("good-night"))  # 朵朵妈妈
act("scene", "早上好", S("good-morning"))  # 老王
act("scene", "执行早安场景", S("good-morning"))  # 老周, 下午起床
act("scene", "我们回来了", S("welcome-home"))  # 王阿姨, 跳完广场舞
act("scene", "开启回家场景", S("welcome-home"))  # 小王
act("scene", "俺回来了", S("welcome-home"))  # 青岛
act("scene", "晚安 睡觉了 照", S("good-night"))  # 合肥
act("scene", "早上好 起来了", S("good-morning"))  # 兰州
act("scene", "看电影 搞快点", S("movie"))  # 贵阳
act("scene", "我回家啦", S("welcome-home"))  # 海南
act("scene", "good night 场景开 lah", S("good-night"))  # 新加坡
act("scene", "早安 顺便把水壶插座打开", S("good-morning"), on("kettle"))  # 王阿姨
act("scene", "晚安 把电视盒子也关了", S("good-night"), off("box"))  # 小王
act("scene", "启动电影场景", S("movie"))  # 朵朵爸爸
no("scene", "开个聚会场景 朋友们都到了", note="No party scene.")  # 陈哥
no("scene", "我去上班了 拜拜", note="Leaving names no scene or mode.")  # 小林

# ---- query ----
q("大门关好了吗", ("door", "magnet-sensor.contact-state"))  # 王阿姨
q("我出门的时候门关了没有", ("door", "magnet-sensor.contact-state"))  # 老周, 在单位
q("卧室现在几度", ("therm", "environment.temperature"))  # 朵朵妈妈
q("卧室湿度多少", ("therm", "environment.relative-humidity"))  # 朵朵妈妈
q("客厅温度多少", ("ac", "environment.temperature"))  # 老王
q("卧室空气质量怎么样", ("pur", "environment.air-quality"))  # 小林
q("现在PM2.5多少", ("pur", "environment.pm25-density"))  # 小王
q("电视开着吗", ("tv", "television.on"))  # 王阿姨
q("床头灯关了没", ("bulb", "light.on"))  # 老周
q("客厅灯还亮着吗", ("ceil", "light.on"))  # 老王, 已经躺下
q("扫地机还有多少电", ("vac", "battery.battery-level"))  # 朵朵妈妈
q("扫地机在充电吗", ("vac", "battery.charging-state"))  # 朵朵爸爸
q("扫地机器人在干嘛", ("vac", "vacuum.status"))  # 小林
q("水壶插座是不是还开着", ("kettle", "switch.on"))  # 王阿姨, 出门后
q("水壶现在功率多少", ("kettle", "power-consumption.electric-power"))  # 小王
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 小林
q("空调开着没有", ("ac", "air-conditioner.on"))  # 小王
q("窗帘开了多少", ("curt", "curtain.current-position"))  # 老周
q("盒子上现在放的啥片子", ("box", "tv-box.current-content"))  # 朵朵爸爸
q("音箱音量现在多大", ("spk", "speaker.volume"))  # 陈哥
q("客厅刚才有人走动吗", ("mot", "motion-sensor.motion-state"))  # 小王, 看看爸妈
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))  # 朵朵妈妈
q("墙上开关右边那个开着吗", ("wall", "right-switch.on"))  # 老周
q("温度计电池还有多少", ("therm", "battery.battery-level"))  # 老王
q("门磁没电了吧", ("door", "battery.battery-level"), note="门磁 = the door's contact sensor.")  # 小王
q("俺家门关上了没", ("door", "magnet-sensor.contact-state"))  # 青岛
q("卧室么斯温度啊", ("therm", "environment.temperature"), note="合肥 么斯 = what.")  # 合肥
q("卧室湿度阿么样", ("therm", "environment.relative-humidity"), note="兰州 阿么样 = how.")  # 兰州
q("客厅光线暗不暗嘞", ("mot", "motion-sensor.illumination"))  # 贵阳
q("空调开了没有啦", ("ac", "air-conditioner.on"))  # 海南
q("电视在放什么 leh", ("tv", "television.current-content"))  # 新加坡
q("卧室是不是有点闷 空气好不好", ("pur", "environment.air-quality"))  # 王阿姨

# ---- group ----
act("group", "把所有灯都关了", off("bulb"), off("ceil"))  # 老王, 睡前
act("group", "灯全部打开 客人来了", on("bulb"), on("ceil"))  # 陈哥
act("group", "家里所有电器全关掉 我们出去旅游", ALL_OFF)  # 小王, 带爸妈出门
act("group", "客厅所有设备都关掉 我们下楼遛弯", LIVING_OFF)  # 王阿姨
act("group", "卧室里的东西全部关掉", off("bulb"), off("pur"))  # 老周, 白天补觉
act("group", "除了床头灯 别的灯都关了 我给朵朵讲故事", off("ceil"))  # 朵朵妈妈
act("group", "所有能出声的都静音 宝宝睡了", MUTE_ALL)  # 朵朵爸爸
act("group", "所有正在放的都暂停 有人敲门", pause_all())  # 陈哥
act("group", "所有灯都调暗一点 有点晃眼", dimmer("bulb"), dimC())  # 陈哥
act("group", "全部灯亮度调到八十", br("bulb", 80), br("ceil", 80))  # 小林
act("group", "厨房的设备全部关掉", off("kettle"))  # 王阿姨
act("group", "除了空调 其他都给我关了", [off("bulb"), off("pur"), off("kettle"), off("ceil"), off("tv"), off("box"), wl(False), wr(False)])  # 小王
act("group", "灯都给俺关了", off("bulb"), off("ceil"), note="都 = all.")  # 青岛
act("group", "所有的灯都打开 照", on("bulb"), on("ceil"))  # 合肥
act("group", "客厅里的东西全都关掉", LIVING_OFF)  # 兰州
act("group", "家里灯全部关掉嘞", off("bulb"), off("ceil"))  # 贵阳
act("group", "所有灯打开啦", on("bulb"), on("ceil"))  # 海南
act("group", "全部灯关掉 lah", off("bulb"), off("ceil"))  # 新加坡
act("group", "客厅所有会响的都静音", MUTE_ALL)  # 小林
act("group", "除了卧室 其他地方的灯全关", off("ceil"))  # 王阿姨

# ---- mode ----
act("mode", "切换到离家模式", M("away"))  # 小王
act("mode", "开启睡眠模式 我下夜班了", M("sleep"))  # 老周, 早上八点睡
act("mode", "切回在家模式吧 我回来了", M("home"))  # 小林
act("mode", "设置成离家模式 我们去海边了", M("away"))  # 老王
act("mode", "家里改成睡眠模式", M("sleep"))  # 朵朵妈妈
act("mode", "回家模式 不是 在家模式", M("home"), note="Self-correction to the home mode.")  # 王阿姨
act("mode", "离家模式开起 照", M("away"))  # 合肥
act("mode", "睡眠模式搞起", M("sleep"))  # 贵阳
act("mode", "家里切到 home 模式 lah", M("home"))  # 新加坡
no("mode", "开启度假模式 我们去三亚", note="No holiday mode.")  # 小王

# ---- timer ----
act("timer", "二十分钟后关电视", off("tv"), delay=1200)  # 王阿姨
act("timer", "十分钟以后把床头灯关了", off("bulb"), delay=600)  # 朵朵妈妈, 讲故事
act("timer", "五分钟后关水壶插座", off("kettle"), delay=300)  # 小王
act("timer", "一个小时后关空调", off("ac"), delay=3600)  # 小林
act("timer", "半小时后把窗帘拉上", CLOSE(), delay=1800)  # 老周
act("timer", "过四十分钟把净化器关了", off("pur"), delay=2400)  # 青岛
act("timer", "一个半钟头后关电视盒子", off("box"), delay=5400)  # 合肥
act("timer", "三分钟后开始扫地", sweep(), delay=180)  # 兰州
no("timer", "等哈把空调关了", note="贵阳 等哈 = in a while: vague.")  # 贵阳
no("timer", "晚点再关电视吧", note="Vague time.")  # 老王

# ---- safety ----
no("safety", "打开投影", note="No projector.")  # 陈哥
no("safety", "洗衣机开始洗", note="No washing machine.")  # 朵朵妈妈, 洗衣服
no("safety", "打开烘干机", note="No dryer.")  # 王阿姨
no("safety", "把门锁打开", note="No lock.")  # 小王
no("safety", "打开厨房的灯", note="No kitchen light.")  # 朵朵妈妈
no("safety", "把电风扇打开", note="No fan.")  # 海南
no("safety", "别开电视", note="Negation.")  # 朵朵爸爸
no("safety", "关空调 算了算了 不关了", note="Take-back.")  # 小林
no("safety", "帮我把那个那啥", note="Half sentence.")  # 老王
no("safety", "好了 没事了 谢谢", note="Chit-chat.")  # 王阿姨
no("safety", "青岛明天下不下雨", note="Not about the home.")  # 青岛
no("safety", "给俺讲个笑话", note="Chit-chat.")  # 青岛
no("safety", "今天油价多少", note="Not about the home.")  # 合肥
no("safety", "窗帘静音", note="Cannot.")  # 朵朵爸爸, 替三岁的朵朵说
no("safety", "把大门打开 客人到了", note="A sensor cannot open.")  # 陈哥
no("safety", "洗碗机开一下", note="No dishwasher.")  # 陈哥
no("safety", "我们出去吃饭了", note="Leaving: names nothing.")  # 小王
no("safety", "嗯 那个 啊", note="ASR garbage.")  # 兰州
no("safety", "走廊的灯打开", note="No hallway light.")  # 贵阳
no("safety", "玄关灯开一下", note="No hallway light.")  # 新加坡
ask("safety", "把它关掉 快点", None, note="No target.")  # 老周
ask("safety", "卧室关掉", ["bedroom-bulb", "bedroom-purifier"], note="Bare room.")  # 朵朵妈妈
ask("safety", "把客厅打开", None, note="Bare room.")  # 海南
no("safety", "卧室电视打开", note="No TV in the bedroom.")  # 老周
no("safety", "床头灯亮度调到一百五", note="Out of range.")  # 小林
no("safety", "电视调到五百频道", note="No channel property.")  # 老王
no("safety", "吃了吗 小爱", note="Chit-chat.")  # 海南

# ---- more regional voices ----
act("power", "给俺把窗帘拉开哈 天亮了", OPEN())  # 青岛
act("power", "扫地机开起来 地上全是渣渣", sweep())  # 兰州
act("power", "床头灯关掉嘞 要睡了", off("bulb"))  # 贵阳
act("set", "净化器调到自动 照", pmode(0))  # 合肥
act("set", "电视换到HDMI1啦 我要打游戏", inp(1))  # 海南
act("set", "卧室的尕灯调成暖光", ct("bulb", 2700))  # 兰州
act("relative", "音箱声音大一点 lah 听不到", louder("spk"))  # 新加坡
act("relative", "床头灯太亮了 暗一点嘞", dimmer("bulb"))  # 贵阳
act("media", "电视盒子暂停一下啦 我去拿外卖", boxp("pause"))  # 海南
act("media", "音箱上一首 那首好听 杠赛来", sp("previous"))  # 青岛
act("media", "盒子静音一下 晓得吧", mute("box"))  # 合肥
q("扫地机还有好多电嘞", ("vac", "battery.battery-level"), note="贵阳 好多 = how much.")  # 贵阳
q("空调现在几度 leh", ("ac", "air-conditioner.target-temperature"), ("ac", "environment.temperature"), note="几度: the set point or the room temperature.")  # 新加坡
q("门关了没啦 我在车上", ("door", "magnet-sensor.contact-state"))  # 海南
act("scene", "看电影咯 开观影模式啦", S("movie"))  # 海南
act("group", "灯全部关掉 阿门还亮着呢", off("bulb"), off("ceil"), note="兰州 阿门 = how come.")  # 兰州
act("mode", "家里换成离家模式 俺们回老家", M("away"))  # 青岛
act("timer", "十五分钟后把电视关掉 lah", off("tv"), delay=900)  # 新加坡
no("safety", "把浴霸打开 洗澡冷得很", note="No bath heater.")  # 兰州
no("safety", "冰箱温度调低一点 can or not", note="No fridge.")  # 新加坡
