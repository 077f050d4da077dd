import sys

from .cli import end_now, main

code = main()
end_now(code)  # a search or quotes command ends here, without the interpreter's tear-down
sys.exit(code)
