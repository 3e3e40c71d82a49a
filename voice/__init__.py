"""Speech in and out for the kiosk: STT (faster-whisper), TTS (piper), VAD and the streaming pipeline."""
