"""Framework and tool names, and Traditional Chinese, in the domain vocabulary."""

from chat import lexicon


def test_names_and_aliases():
    assert lexicon.frameworks_in("飞桨和tf.keras比PyTorch呢") == ["PaddlePaddle", "TensorFlow", "Keras", "PyTorch"]
    assert lexicon.frameworks_in("pytorch lightning") == ["PyTorch"]
    assert lexicon.other_tools_in("pytorch lightning on an RTX card, not ChatGPT") == ["lightning", "chatgpt", "rtx"]
    assert lexicon.subjects_in("JAX vs TensorFlow") == ["TensorFlow", "JAX"]
    assert lexicon.frameworks_in("Caffe2") == ["Caffe2"] and lexicon.other_tools_in("Caffe2") == []


def test_traditional_chinese_reads_as_simplified():
    assert lexicon.to_simplified("我是新手，應該選哪個框架？") == "我是新手，应该选哪个框架？"
    assert lexicon.to_simplified("TensorFlow 2 and PyTorch") == "TensorFlow 2 and PyTorch"
    assert lexicon.to_simplified("显存小用什么框架？") == "显存小用什么框架？"
