package org.xxgk.check.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens a report file, refusing before it is opened what is not a regular file or is too large: reading a named pipe
 * waits for ever, and {@code /dev/zero} or {@code /dev/urandom} never end. Links are followed, so a link to a device
 * is a device.
 */
final class InputFile {

    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFile() {
    }

    /** The file's bytes, at most {@code maxBytes} of them. */
    static byte[] read(Path path, long maxBytes) throws InputException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw failure(e);
        }
        if (attrs.isDirectory()) {
            throw new InputException("这是一个文件夹，不是年报文件");
        }
        if (!attrs.isRegularFile()) {
            throw new InputException(special(path) + "，不是普通文件；未打开（读取它可能永远等不到结尾）");
        }
        if (attrs.size() > maxBytes) {
            throw tooLarge(attrs.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(path)) {
            // The size was read before opening: a file that grew since is still read no further than the limit.
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static InputException tooLarge(long size, long maxBytes) {
        return new InputException("文件有 " + InputLimits.size(size) + "，超过单份年报的上限 " + InputLimits.size(maxBytes)
                + "，未读取；确是年报时可用 --max-size 调高上限");
    }

    private static InputException failure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputException("文件不存在");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException("没有读取这个文件的权限");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("symbolic links")) {
            return new InputException("符号链接形成循环，找不到真正的文件");
        }
        return new InputException("无法读取文件（" + (reason == null ? e.getClass().getSimpleName() : reason) + "）");
    }

    /** What kind of special file this is, for the message. */
    private static String special(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "这是特殊文件（设备、命名管道或套接字）";
        }
        return switch (mode & TYPE) {
            case FIFO -> "这是命名管道（FIFO）";
            case CHAR_DEVICE -> "这是字符设备文件（如 /dev/zero）";
            case BLOCK_DEVICE -> "这是块设备文件（磁盘）";
            case SOCKET -> "这是套接字文件";
            default -> "这是特殊文件";
        };
    }
}
