"""Django's SecurityMiddleware and CommonMiddleware, run natively async.

Both are MiddlewareMixin classes: under ASGI, Django runs each of their hooks through
sync_to_async(thread_sensitive=True), i.e. four hops per request onto the one thread a process
keeps for sync code, which is what Django's async docs warn costs performance. Their hooks do no
I/O (header checks and edits), so this middleware calls them inline on the event loop instead:
same behaviour, no thread hop, and the request stays async end to end.
"""
from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.middleware.common import CommonMiddleware
from django.middleware.security import SecurityMiddleware


class AsyncApiMiddleware:
    async_capable = True
    sync_capable = False

    def __init__(self, get_response):
        if not iscoroutinefunction(get_response):
            raise TypeError("AsyncApiMiddleware runs only under ASGI with async views")
        self.get_response = get_response
        # The built-ins' hooks are plain methods; get_response is never called through them.
        self.hooks = [SecurityMiddleware(get_response), CommonMiddleware(get_response)]
        markcoroutinefunction(self)

    async def __call__(self, request):
        for hook in self.hooks:
            early = hook.process_request(request)
            if early is not None:
                return early
        response = await self.get_response(request)
        for hook in reversed(self.hooks):
            response = hook.process_response(request, response)
        return response
