from channels.generic.websocket import AsyncWebsocketConsumer

ROOM = "room"


class RoomConsumer(AsyncWebsocketConsumer):
    """One room: every text message goes to every other connected client."""

    async def connect(self):
        await self.channel_layer.group_add(ROOM, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(ROOM, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        if text_data is not None:
            await self.channel_layer.group_send(
                ROOM, {"type": "room.message", "text": text_data, "sender": self.channel_name}
            )

    async def room_message(self, event):
        # group_send reaches the sender too; skip it so the message is not echoed back.
        if event["sender"] != self.channel_name:
            await self.send(text_data=event["text"])
