"""test6, Chinese half."""
from lib import *  # noqa
from common6 import *  # noqa

lang("zh")
