"""Words that open a person's name but say nothing of their gender: data for `first_names.py`.

Two lists, written from general knowledge. First names borne by men and women alike in English-language
news (Alex, Jamie, Kiran, Temitope): they say a capitalised run is a person's name, never which pronoun
is theirs. And family names that Chinese, Korean and Vietnamese names put first ("Wang Yi", "Moon" is
left out): in English news they open the name the way a first name does. Words that are also everyday
English words, places or firms before another capitalised word ("Jordan", "Morgan", "Hong", "Sun",
"Park", "Song") are left out, since either list makes a run a person.
"""

from __future__ import annotations

from quizapp.draft.lexicon import word_set

EITHER_FIRST_NAMES = word_set(
    """
    alex alexis andrea ashley blake cameron casey chris dana drew frankie jamie
    jean jesse jessie jo jody jules kai kelly kris leslie lindsay mackenzie nicola
    nikita noor nour pat peyton quinn reese riley robin rowan sasha shay sidney skyler stacy
    toni val vivian kiran uche uchenna temitope tosin bola yemi kehinde taiwo ayo tendai tatenda simone
    michele gabriele dominique claude camille sacha noa ariel shai tal lou laurie jackie jess
    tyler jay micah hayden hilary oluwaseun seun
    """
)
"""First names borne by men and women alike."""

FAMILY_NAMES_WRITTEN_FIRST = word_set(
    """
    wang zhang liu chen yang huang zhao zhou wu xu zhu hu guo gao luo zheng liang xie feng deng cao
    peng zeng xiao tian dong cai jiang yu ye cheng wei su lu ding ren shen yao xi qin wen zhong fu bai lai
    tsai chan cheung leung wong lam yip chow lau tse kwok tsang lim tan teo goh koh kim lee choi jung
    kang cho yoon jang seo kwon hwang ahn yoo jeon bae baek noh roh nguyen tran pham hoang phan vu vo bui
    ngo duong truong huynh
    """
)
"""Family names that East Asian names put first ("Zhang Wei", "Choi Min-ji", "Nguyen Van An")."""
