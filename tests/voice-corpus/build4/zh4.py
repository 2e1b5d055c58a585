from lib import lang
lang("zh")
