"""The WebSocket room at /ws as a plain ASGI app beside Django (Django itself speaks no WebSocket).

Django Channels is the usual choice, but this machine's package index does not serve it (nor
Daphne), and an old release is not an option. The contract's room needs no channel layer: one
process holds its clients, as Channels' in-memory layer would. With several uvicorn workers a
client reaches only the clients of its own worker; a room across processes needs a broker.
"""

clients: set = set()  # the ASGI `send` callable of each open connection in this process


async def websocket(scope, receive, send) -> None:
    if scope["path"] != "/ws":
        await receive()  # websocket.connect
        await send({"type": "websocket.close", "code": 1008})
        return
    message = await receive()
    if message["type"] != "websocket.connect":
        return
    # No Origin check: the room's clients are not browsers. A browser-facing room should add one.
    await send({"type": "websocket.accept"})
    clients.add(send)
    try:
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                continue
            for other in list(clients):
                if other is not send:
                    try:
                        await other({"type": "websocket.send", "text": text})
                    except Exception:  # that peer went away; its own loop cleans up
                        clients.discard(other)
    finally:
        clients.discard(send)
