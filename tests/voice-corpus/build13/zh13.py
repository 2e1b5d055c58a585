"""Chinese utterances of test13, written by hand, one a line, each with a comment naming its voice.

Plain voices: 郑爷爷 (视障, 什么都靠说), 浩浩 (高一, 半夜打游戏), 小吴 和 阿芳 (为空调温度拌嘴的夫妻), 小夏 (帮人看狗, 狗叫可乐),
老马家 (三伏天 热浪), 陈姐 (周一早上在家办公), 乐乐妈妈 (乐乐发烧在家), 端午节 (包粽子, 龙舟赛, 外婆来), 小蒋 (搬家那天, 搬走).
Regional / transcribed voices: 老高 和 高婶 (陕北 榆林), 本地阿婆 和 爷叔 (上海 浦东郊区), 熊哥 (武汉), and a recogniser that drops or
merges words (ASR, no punctuation)."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

PURPLE = 0x800080

# ---------------------------------------------------------------- power (36)
act("power", "把床头灯打开 护工一会儿来铺床", on("bulb"))  # 郑爷爷, 视障
act("power", "电视我反正也看不见 关了吧 吵了一下午", off("tv"),
    note="电视在家里的状态里已经关着; 按说的标注 (TEST4.md)。")  # 郑爷爷
act("power", "帮我把水壶插座打开 我摸着倒水", on("kettle"))  # 郑爷爷
act("power", "客厅右边那个开关打开", wr(True))  # 郑爷爷
act("power", "把客厅大灯关了 让我妈以为我睡了", off("ceil"))  # 浩浩, 半夜打游戏
act("power", "电视盒子开一下 快点 队友等着呢", on("box"))  # 浩浩
act("power", "空调关了 我都穿两件了", off("ac"), note="空调已经关着; 按说的标注。")  # 阿芳, 拌嘴
act("power", "空调再打开 热得跟蒸笼一样", on("ac"))  # 小吴
act("power", "把电视打开 给可乐听听人声", on("tv"))  # 小夏, 看狗
act("power", "床头灯打开 可乐怕黑", on("bulb"))  # 小夏
act("power", "净化器关了吧 吹的都是热风", off("pur"), note="净化器已经关着; 按说的标注。")  # 老马家, 三伏天
act("power", "快把空调打开 外面都四十度了", on("ac"), note="四十度是外面的天气, 不是设定温度 (也超出范围)。")  # 老马家
act("power", "电视关掉 上班时间不看电视", off("tv"))  # 陈姐, 周一在家办公
act("power", "卧室净化器打开 乐乐一直咳", on("pur"))  # 乐乐妈妈
act("power", "床头灯关了 他总算睡着了", off("bulb"), note="灯泡已经关着; 按说的标注。")  # 乐乐妈妈
act("power", "手上全是糯米 帮我把水壶插座打开", on("kettle"))  # 端午节, 包粽子
act("power", "电视打开 看赛龙舟直播", on("tv"))  # 端午节
act("power", "墙上开关左边那个关掉", wl(False))  # 小蒋, 搬家
act("power", "插座打开 最后烧壶水给师傅们泡茶", on("kettle"))  # 小蒋
act("power", "空调打开 搬家师傅满头大汗", on("ac"))  # 小蒋
no("power", "把电热毯打开 我脚冷", note="家里没有电热毯。")  # 郑爷爷
no("power", "把热水器关了 下个租客自己开", note="家里没有热水器。")  # 小蒋
ask("power", "开个灯 我找下体温计", LIGHTS,
    note="两盏灯, 没说房间。体温计是她要找的东西, 不是卧室的温度计, 也不是目标。")  # 乐乐妈妈
ask("power", "灯快关掉 我爸起来上厕所了", LIGHTS)  # 浩浩
act("power", "黑间了还开着灯做甚 把客厅那灯关了哇", off("ceil"),
    note="陕北: 黑间 = 晚上, 做甚 = 干什么, 哇 = 祈使语气。")  # 老高, 陕北榆林
act("power", "兀个电视开开 今儿有信天游", on("tv"), note="陕北: 兀个 = 那个。")  # 老高
act("power", "净化器开开 黄风刮得满家是土", on("pur"), note="陕北: 黄风 = 沙尘。")  # 高婶, 陕北
act("power", "空调开开 今朝邪气热", on("ac"), note="上海: 邪气 = 很。")  # 本地阿婆, 上海浦东
act("power", "搿只电视机关脱伊 没人看", off("tv"), note="上海: 搿只 = 这个, 关脱伊 = 把它关掉。")  # 爷叔, 上海
act("power", "床头灯开开 阿婆要寻眼镜", on("bulb"), note="上海: 寻 = 找。")  # 本地阿婆
act("power", "过早去了 把电视关了撒", off("tv"), note="武汉: 过早 = 吃早饭, 撒 = 语气词。")  # 熊哥, 武汉
act("power", "拐子 把水壶插座打开撒 泡杯茶", on("kettle"), note="武汉: 拐子 = 哥们。")  # 熊哥
act("power", "灵醒点 把客厅的大灯关了 晃眼睛", off("ceil"), note="武汉: 灵醒 = 机灵。")  # 熊哥
act("power", "客厅灯关", off("ceil"), note="ASR 丢了 '把…掉'; 客厅只有一盏灯。")  # ASR
act("power", "净化器开", on("pur"))  # ASR, 丢字
no("power", "把客厅的", note="ASR 截断: 半句话。")  # ASR

# ---------------------------------------------------------------- set (36)
act("set", "床头灯亮度调到一半 孙女要给我念报纸", br("bulb", 50))  # 郑爷爷
act("set", "电视切到HDMI二 游戏机插在那个口", inp(2))  # 浩浩
act("set", "床头灯换成紫色", col(PURPLE))  # 浩浩
act("set", "吸顶灯调成夜灯模式 屏幕够亮了", lmode(1))  # 浩浩
act("set", "空调调到二十四度 谁都别再动了", tt(24), note="设定温度已经是24度; 按说的标注。")  # 阿芳
act("set", "空调二十三度半 各让一步", tt(23.5))  # 小吴
act("set", "空调开节能模式 省电总可以吧", eco(True))  # 阿芳
act("set", "空调风速调成低档 吹得我头疼", acfan(1))  # 小吴
act("set", "净化器按键锁上 可乐老去扒拉", lock(True))  # 小夏
act("set", "空调开制冷 二十四度", acmode(1), tt(24),
    note="模式和温度都说了, 两个都标 (TEST12.md); 不额外要求开机。")  # 老马家
act("set", "窗帘拉到百分之二十 挡挡太阳", pos(20))  # 老马家
act("set", "吸顶灯调到阅读模式", lmode(2))  # 陈姐
act("set", "窗帘拉到一半 屏幕反光看不清", pos(50))  # 陈姐
act("set", "吸顶灯亮度调到百分之七十", br("ceil", 70))  # 陈姐
act("set", "插座的用电量清零 留给下一个租客", A("kettle", "power-consumption.reset-power-consumption"),
    note="插座计量的动作, 归在 set (把计数器设回 0)。")  # 小蒋
act("set", "净化器调成睡眠模式 乐乐午睡了", pmode(1))  # 乐乐妈妈
act("set", "床头灯调到百分之五 我进去看看他", br("bulb", 5))  # 乐乐妈妈
act("set", "床头灯调成绿色 像粽叶一样", col(GREEN))  # 端午节
act("set", "窗帘电机方向反了 给它调过来", P("curt", "curtain.motor-reverse", True))  # 小蒋
act("set", "水壶插座停电恢复以后默认关着", P("kettle", "switch.default-power-on-state", 0),
    note="来电后的状态: 0 = 关 (已经是 0; 按说的标注)。")  # 小蒋
no("set", "空调直接调到十五度 热疯了", note="超出范围 (16-30 度): 用范围回答。")  # 老马家
no("set", "吸顶灯调成红色 图个喜庆", note="吸顶灯没有颜色。")  # 端午节
no("set", "把落地扇开到三档", note="家里没有电风扇。")  # 老马家
ask("set", "亮度调到六十五", LIGHTS)  # 陈姐
ask("set", "风力开最大 热死人了", ["living-ac", "bedroom-purifier"],
    note="空调和净化器都有风速 (TEST6.md)。")  # 老马家
act("set", "空调给调到二十六度 婆姨嫌冷", tt(26), note="陕北: 婆姨 = 老婆。")  # 老高
act("set", "电视换到USB 看后生拷回来的电影", inp(5), note="陕北: 后生 = 小伙子。")  # 老高
act("set", "窗帘拉到三成 太阳交关猛", pos(30), note="上海: 交关 = 非常; 三成 = 30%。")  # 爷叔, 上海
act("set", "净化器调到喜爱模式", pmode(2), note="喜爱模式 = Favorite (TEST5.md)。")  # 本地阿婆
act("set", "电视机换到AV", inp(4))  # 爷叔
act("set", "空调调到二十度撒 热得冒得命", tt(20), note="武汉: 冒得命 = 要命。")  # 熊哥
act("set", "空调开除湿 梅雨天屋里潮得要死", acmode(2))  # 熊哥
act("set", "吸顶灯调成看电视的模式 我跟拐子看球", lmode(3), note="吸顶灯的 TV 预设, 不是观影场景 (TEST10.md)。")  # 熊哥
act("set", "空调二十六", tt(26), note="ASR 丢了动词和'度'; 人一看就懂。")  # ASR
act("set", "床头灯亮度三十", br("bulb", 30))  # ASR
no("set", "把空调调到", note="ASR 截断: 没有数值。")  # ASR

# ---------------------------------------------------------------- relative (31)
act("relative", "有点凉 屋里暖和点", hotter(), note="没说设备; 只有空调能升温。")  # 郑爷爷
act("relative", "电视声音太响了 我耳朵嗡嗡的", tooloud("tv"))  # 郑爷爷
act("relative", "电视声音再小点 我妈睡觉轻", quieter("tv"))  # 浩浩
act("relative", "床头灯暗一点", dimmer("bulb"), note="灯泡关着: 只降亮度, 不开灯。")  # 浩浩
act("relative", "他又调低了 空调高两度", hotter())  # 阿芳
act("relative", "空调再低一度 我一身汗", cooler())  # 小吴
act("relative", "可乐一直喘 屋里凉快点", cooler())  # 小夏
act("relative", "净化器风大一档 屋里闷", up("pur", "air-purifier.fan-level"))  # 老马家
act("relative", "窗帘再拉上一点 太阳晒到沙发了", curt_less())  # 老马家
act("relative", "床头灯再暖一点", warmer("bulb"))  # 老马家
act("relative", "客厅大灯亮一点 外面阴天", brightC())  # 陈姐
act("relative", "音箱小声点 我要进会了", quieter("spk"))  # 陈姐
act("relative", "吸顶灯色温调高一点 醒醒神", cooler_white("ceil"))  # 陈姐
act("relative", "大灯调暗点 他说刺眼", dimC())  # 乐乐妈妈
act("relative", "电视声音大点 龙舟要冲线了", louder("tv"))  # 端午节
act("relative", "卧室太黑了 外婆找不着拖鞋", darkBedroom())  # 端午节
act("relative", "扫地机吸力大点 地上全是纸屑", up("vac", "vacuum.fan-level"))  # 小蒋
no("relative", "卧室那个温度计调高两度", note="温度计只能测量。")  # 郑爷爷
ask("relative", "声音大点 听不见解说", SOUND)  # 端午节
ask("relative", "暗一点 屏幕看着刺眼", LIGHTS)  # 浩浩
act("relative", "这搭冷得人圪蹴成一疙瘩 空调调高些", hotter(), note="陕北: 这搭 = 这里, 圪蹴 = 蹲。")  # 老高
act("relative", "婆姨睡下了 电视声音小些", quieter("tv"))  # 老高
act("relative", "大灯亮得晃眼 调暗些哇", dimC())  # 高婶
act("relative", "床头灯交关暗 调亮点", brighter("bulb"),
    note="明说了调亮: 只标亮度变化 (TEST3.md); 灯泡关着。")  # 本地阿婆
act("relative", "音箱声音响一点 阿婆听勿清", louder("spk"), note="上海: 响一点 = 大声一点, 勿 = 不。")  # 本地阿婆
act("relative", "客厅灯亮点撒 看不清", brightC())  # 熊哥
act("relative", "热得冒得命 空调再调低点撒", cooler())  # 熊哥
act("relative", "音箱开大声点 这歌好听", louder("spk"))  # 熊哥
act("relative", "电视声音大点", louder("tv"))  # ASR
act("relative", "窗帘关一点点", curt_less())  # ASR
act("relative", "空调高一度", hotter())  # ASR

# ---------------------------------------------------------------- media (36)
act("media", "音箱放点京剧 我听听", sp("play"), note="曲目类型选不了; 音箱播放 (TEST12.md)。")  # 郑爷爷
act("media", "下一个 这段唱得不好", sp("next"), note="只有音箱有上一首/下一首。")  # 郑爷爷
act("media", "电视静音 电话响了", mute("tv"))  # 郑爷爷
act("media", "让音箱说一声 出租车到楼下了", say("出租车到楼下了"))  # 郑爷爷
act("media", "电视音量调到十", vol("tv", 10))  # 浩浩
act("media", "电视盒子暂停 我去泡个面", boxp("pause"))  # 浩浩
act("media", "电视盒子打开网飞", app("box", NETFLIX))  # 浩浩
act("media", "电视取消静音 我要听脚步声", unmute("tv"), note="电视没有静音; 不应调大音量。")  # 浩浩
act("media", "音箱放点轻音乐给可乐听", sp("play"))  # 小夏
act("media", "电视上放优酷 有狗狗节目", app("tv"), note="只有网飞有包名; 优酷不带 arguments。")  # 小夏
act("media", "音箱暂停一下 热得脑子嗡嗡的", sp("pause"))  # 老马家
act("media", "音箱静音 马上开会", mute("spk"))  # 陈姐
act("media", "音乐停一下 晨会开始了", sp("pause"), note="音乐是音箱的; 它没有停止, 用暂停。")  # 陈姐
act("media", "电视盒子按一下返回 他点错动画片了", key(5))  # 乐乐妈妈
act("media", "电视盒子按确定", key(4))  # 乐乐妈妈
act("media", "电视盒子音量调到十五", vol("box", 15))  # 乐乐妈妈
act("media", "让音箱说 乐乐该吃药了", say("乐乐该吃药了"))  # 乐乐妈妈
act("media", "电视盒子打开爱奇艺 看龙舟赛回放", app("box"))  # 端午节
act("media", "电视暂停 粽子出锅了", tvp("pause"))  # 端午节
act("media", "音箱上一首 外婆爱听那首", sp("previous"))  # 端午节
ask("media", "暂停一下 他睡着了", PLAYERS)  # 乐乐妈妈
ask("media", "打开网飞 孩子要看动画", APPS)  # 端午节
no("media", "给我念一下今天的报纸", note="没有设备能读报纸。")  # 郑爷爷
no("media", "电视换到下一个频道", note="电视没有频道属性 (TEST12.md)。")  # 浩浩
act("media", "音箱放段信天游 婆姨爱听", sp("play"))  # 老高
act("media", "电视声音关了哇 后生在炕上睡呢", mute("tv"), note="声音关了 = 静音 (TEST6.md)。")  # 高婶
act("media", "电视盒子按一下主页", key(6))  # 老高
act("media", "音箱停一停 电话来了", sp("pause"))  # 本地阿婆
act("media", "电视机声音关脱 小囡辣做功课", mute("tv"), note="上海: 辣 = 在, 小囡 = 小孩。")  # 本地阿婆
act("media", "电视盒子开开爱奇艺", app("box"))  # 爷叔
act("media", "跟拐子们日白 音箱静音撒", mute("spk"), note="武汉: 日白 = 聊天。")  # 熊哥
act("media", "换一首撒 这首听腻了", sp("next"))  # 熊哥
act("media", "电视暂停 我克上个厕所", tvp("pause"), note="武汉: 克 = 去。")  # 熊哥
act("media", "电视盒子网飞", app("box", NETFLIX), note="ASR 丢了'打开'。")  # ASR
act("media", "音箱音量五十", vol("spk", 50))  # ASR
act("media", "电视盒子菜单键", key(7))  # ASR

# ---------------------------------------------------------------- scene (21)
act("scene", "我摸回屋睡了 晚安", S("good-night"))  # 郑爷爷
act("scene", "早上好 执行早安场景 开关我摸不着", S("good-morning"))  # 郑爷爷
act("scene", "开观影模式 我要看恐怖片", S("movie"))  # 浩浩
act("scene", "我们回来了 还在吵呢", S("welcome-home"), note="回家 = 回家场景 (TEST5.md)。")  # 小吴 和 阿芳, 拌嘴
act("scene", "遛狗回来了 开回家场景", S("welcome-home"))  # 小夏
act("scene", "睡觉了 晚安 还是这么热", S("good-night"))  # 老马家
act("scene", "周一了 开早安场景", S("good-morning"))  # 陈姐
act("scene", "开电影场景 今天在沙发上看片", S("movie"))  # 乐乐妈妈
act("scene", "外婆来了 开一下回家场景", S("welcome-home"))  # 端午节
act("scene", "开观影模式 看端午晚会", S("movie"))  # 端午节
act("scene", "最后再开一次晚安场景 告个别", S("good-night"))  # 小蒋
no("scene", "开启端午场景", note="家里没有这个场景。")  # 端午节
no("scene", "执行搬家场景", note="家里没有这个场景。")  # 小蒋
act("scene", "熬得不行了 睡呀 晚安哇", S("good-night"), note="陕北: 熬 = 累。")  # 老高
act("scene", "后生们回来了 回家那个场景开开", S("welcome-home"))  # 高婶
act("scene", "早浪向好 早安场景开开", S("good-morning"), note="上海: 早浪向 = 早上。")  # 本地阿婆
act("scene", "阿拉困觉去了 晚安", S("good-night"))  # 爷叔
act("scene", "我回来了撒 开回家场景", S("welcome-home"))  # 熊哥
act("scene", "看电影撒 观影模式搞起", S("movie"))  # 熊哥
act("scene", "开晚安", S("good-night"), note="ASR 丢了'场景'。")  # ASR
act("scene", "早安场景开", S("good-morning"))  # ASR

# ---------------------------------------------------------------- mode (10)
act("mode", "把家里设成睡眠模式 我躺下了", M("sleep"))  # 郑爷爷
act("mode", "设成离家模式 我明天再来喂狗", M("away"))  # 小夏
act("mode", "离家模式打开 钥匙交给房东了", M("away"))  # 小蒋
act("mode", "离家模式关掉 今天在家上班", M("home"))  # 陈姐
act("mode", "切到在家模式 我俩都在", M("home"))  # 小吴
no("mode", "开启节日模式", note="家里的模式只有在家、离家、睡眠。")  # 端午节
act("mode", "家里设成离家模式 我们回老家看老人呀", M("away"))  # 老高
act("mode", "屋里厢设成睡眠模式", M("sleep"), note="上海: 屋里厢 = 家里。")  # 爷叔
act("mode", "外出模式打开撒 我们去户部巷过早", M("away"))  # 熊哥
act("mode", "离家模式开", M("away"))  # ASR

# ---------------------------------------------------------------- timer (11)
act("timer", "一个钟头以后把电视关了 我肯定睡着了", off("tv"), delay=3600)  # 郑爷爷
act("timer", "二十分钟后把电视关了 最后一局", off("tv"), delay=1200)  # 浩浩
act("timer", "四十分钟后扫地机开始扫 我们出去遛狗", sweep(), delay=2400)  # 小夏
act("timer", "两个小时以后把空调关了", off("ac"), delay=7200)  # 老马家
act("timer", "半小时后净化器调成自动", pmode(0), delay=1800)  # 乐乐妈妈
act("timer", "一个半小时后扫地机扫一下 粽叶掉了一地", sweep(), delay=5400)  # 端午节
no("timer", "等会儿再把水壶插座关掉", note="没有具体时间: 现在什么都不做 (TEST4.md)。")  # 陈姐
act("timer", "过半个钟头把电视关了哇", off("tv"), delay=1800)  # 老高
no("timer", "一歇把电视关脱", note="上海: 一歇 = 一会儿, 没有具体时间。")  # 本地阿婆
act("timer", "十分钟以后扫地机回去充电撒", dock(), delay=600)  # 熊哥
act("timer", "二十分钟后关电视盒子", off("box"), delay=1200)  # ASR

# ---------------------------------------------------------------- query (31)
q("我看不见 客厅灯现在开着没有", ("ceil", "light.on"))  # 郑爷爷
q("家里哪些灯开着", ("bulb", "light.on"), ("ceil", "light.on"))  # 郑爷爷
q("窗帘现在是拉开的还是拉上的", ("curt", "curtain.current-position"))  # 郑爷爷
q("大门关严实了没有 我觉得有风", ("door", "magnet-sensor.contact-state"))  # 郑爷爷
q("电视里现在放的是什么", ("tv", "television.current-content"))  # 郑爷爷
q("客厅有没有人在走动 我听见动静", ("mot", "motion-sensor.motion-state"))  # 郑爷爷
q("扫地机扫完了没 我怕踩着它", ("vac", "vacuum.status"))  # 郑爷爷
q("电视音量现在多少", ("tv", "speaker.volume"))  # 浩浩
q("空调现在到底设的多少度", ("ac", "air-conditioner.target-temperature"))  # 阿芳
q("客厅实际多少度 别说你觉得", ("ac", "environment.temperature"), note="客厅温度 = 空调的回风传感器。")  # 小吴
q("人体传感器多久没检测到动静了", ("mot", "motion-sensor.no-motion-duration"))  # 小夏
q("卧室湿度多少 闷得慌", ("therm", "environment.relative-humidity"))  # 老马家
q("空调现在耗电多少瓦", ("ac", "power-consumption.electric-power"))  # 老马家
q("空气质量怎么样 头有点昏", ("pur", "environment.air-quality"))  # 陈姐
q("水壶插座开着没", ("kettle", "switch.on"))  # 陈姐
q("卧室现在几度 孩子发烧了", ("therm", "environment.temperature"))  # 乐乐妈妈
q("卧室PM2.5多少 他一直咳嗽", ("pur", "environment.pm25-density"))  # 乐乐妈妈
q("卧室是不是太干了", ("therm", "environment.relative-humidity"))  # 乐乐妈妈
q("扫地机还有多少电 一会儿满地粽叶", ("vac", "battery.battery-level"))  # 端午节
q("插座总共用了几度电 跟房东结账用", ("kettle", "power-consumption.power-consumption"),
  note="上次清零以来的用电量。")  # 小蒋
q("净化器滤芯还剩多少寿命", ("pur", "filter.filter-life-level"))  # 小蒋
q("门磁电池还剩多少 走之前看一眼", ("door", "battery.battery-level"))  # 小蒋
q("卧室几度了 我这老寒腿解不下是冷还是潮", ("therm", "environment.temperature"),
  ("therm", "environment.relative-humidity"), note="陕北: 解不下 = 弄不明白。")  # 老高
q("大门关好了没 风呼呼往里灌", ("door", "magnet-sensor.contact-state"))  # 高婶
q("卧室里几度啊 我汏浴出来冷势势的", ("therm", "environment.temperature"),
  note="上海: 汏浴 = 洗澡, 冷势势 = 有点冷。")  # 本地阿婆
q("插座现在用几瓦电", ("kettle", "power-consumption.electric-power"))  # 爷叔
q("窗帘拉开了伐", ("curt", "curtain.current-position"))  # 本地阿婆
q("空调现在开的好多度", ("ac", "air-conditioner.target-temperature"), note="武汉: 好多 = 多少。")  # 熊哥
q("扫地机扫完了冇", ("vac", "vacuum.status"))  # 熊哥
q("卧室温度", ("therm", "environment.temperature"), note="ASR 丢了'多少'。")  # ASR
q("电视开没开", ("tv", "television.on"))  # ASR

# ---------------------------------------------------------------- group (21)
act("group", "所有灯都关了吧 我也用不着", off("bulb"), off("ceil"))  # 郑爷爷
act("group", "所有声音都静音 我真睡了", MUTE_ALL)  # 浩浩
act("group", "客厅的电器全部关掉 不吵了睡觉", LIVING_OFF)  # 阿芳
act("group", "除了床头灯 其他灯都关了 留给可乐", off("ceil"))  # 小夏
act("group", "卧室里的东西全关了 热得用不上", off("bulb"), off("pur"), note="温度计不能开关。")  # 老马家
act("group", "所有在放的都暂停 老板来电话了", pause_all())  # 陈姐
act("group", "墙壁开关左右两边全打开", wl(True), wr(True))  # 陈姐
act("group", "所有灯都调暗 他头疼", dimmer("bulb"), dimC(), note="成组调亮度不开关灯泡。")  # 乐乐妈妈
act("group", "客厅的灯全部打开 亲戚都来了", on("ceil"), note="客厅只有吸顶灯 (已经开着)。")  # 端午节
act("group", "家里所有电器全关掉 今天搬走了", ALL_OFF)  # 小蒋
act("group", "厨房的东西全断电", off("kettle"))  # 小蒋
act("group", "电视和电视盒子都关掉 要拆线了", off("tv"), off("box"))  # 小蒋
no("group", "走廊的灯全部关掉", note="走廊 (玄关) 只有门磁, 没有灯。")  # 小蒋
act("group", "灯都关了哇 费电", off("bulb"), off("ceil"))  # 高婶
act("group", "除了空调 家里别的都关了哇", [a for a in ALL_OFF if a["device"] != "living-ac"])  # 老高
act("group", "屋里厢所有电器侪关脱 阿拉出去吃喜酒", ALL_OFF, note="上海: 侪 = 都。")  # 爷叔
act("group", "客厅里向灯侪关脱", off("ceil"), note="上海: 里向 = 里面。")  # 本地阿婆
act("group", "所有灯都打开撒 黑咕隆咚的", on("bulb"), on("ceil"))  # 熊哥
act("group", "客厅的东西都关了 出去宵夜", LIVING_OFF)  # 熊哥
act("group", "关客厅所有灯", off("ceil"))  # ASR
act("group", "所有灯亮度五十", br("bulb", 50), br("ceil", 50))  # ASR

# ---------------------------------------------------------------- safety (27)
no("safety", "不用开灯 我看不见 开了也白开")  # 郑爷爷
no("safety", "你声音真好听 是个姑娘吧")  # 郑爷爷
no("safety", "你帮我把 呃 那啥")  # 郑爷爷
no("safety", "我妈要是问 就说我十点就睡了")  # 浩浩
no("safety", "关电视 等等 再打一把")  # 浩浩
no("safety", "别动空调 我们还没商量好")  # 阿芳
no("safety", "她永远嫌冷 我永远嫌热")  # 小吴
no("safety", "把大门打开 我钥匙落屋里了", note="大门只是门磁。")  # 小夏
no("safety", "可乐真乖 坐下 握手")  # 小夏
no("safety", "卧室空调开一下 狗狗热", note="卧室没有空调; 不能开客厅的空调。")  # 小夏
no("safety", "明天还这么热吗")  # 老马家
no("safety", "十点提醒我开会", note="没有设备能提醒。")  # 陈姐
ask("safety", "把那个开一下吧 就那个", note="没有目标: 不带候选的询问。")  # 陈姐
no("safety", "别开灯 乐乐好不容易睡着")  # 乐乐妈妈
ask("safety", "把卧室那边关了吧 他要睡了", ["bedroom-bulb", "bedroom-purifier"])  # 乐乐妈妈
no("safety", "孩子烧到三十八度五了 怎么办啊", note="说的是孩子的体温, 不是空调的设定。")  # 乐乐妈妈
no("safety", "端午安康")  # 端午节
no("safety", "门口挂艾草 把大门打开", note="大门只是门磁。")  # 端午节
ask("safety", "把客厅关了 师傅要搬沙发", note="光说房间: 询问 (TEST2.md)。")  # 小蒋
no("safety", "把音箱带上 别落下了")  # 小蒋
no("safety", "不敢开空调 夜来开了一黑间 人都冻感冒了", note="陕北: 不敢 = 别, 夜来 = 昨天。否定。")  # 高婶
no("safety", "你说甚 我解不下")  # 老高
no("safety", "覅开电视 伊拉辣做功课", note="上海: 覅 = 不要, 伊拉 = 他们。否定。")  # 本地阿婆
no("safety", "侬今朝吃过了伐")  # 爷叔
no("safety", "莫开空调 电费好贵", note="武汉: 莫 = 别。否定。")  # 熊哥
no("safety", "莫策了 冇得这个东西", note="武汉: 策 = 瞎扯。")  # 熊哥
no("safety", "打开卧室的", note="ASR 截断: 半句话。")  # ASR
