from lib import *
lang("zh")
