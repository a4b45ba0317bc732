"""The notebook runs' kernels use socket files, so no other process can take their ports."""

import nbval.kernel


def test_nbval_kernels_talk_over_private_socket_files(tmp_path):
    kernel = nbval.kernel.RunningKernel("python3", cwd=str(tmp_path))
    try:
        assert kernel.km.transport == "ipc"
        assert kernel.km.ip.startswith("/")  # absolute: the kernel's own folder does not matter
        reply = kernel.kc.execute("6 * 7", reply=True, timeout=30)
        assert reply["content"]["status"] == "ok"
    finally:
        kernel.stop()
